package io.jpod.architecture;

import static io.jpod.architecture.FixtureAssertions.assertCompliant;
import static io.jpod.architecture.FixtureAssertions.violations;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryPlacementRulesTest {
  @Test
  void jnrOnlyInHost_adapterLoadingLibc_fails() {
    assertThat(violations(Rules.JNR_ONLY_IN_HOST, "io.jpod.adapters.archfixturejnr")).containsExactly(
        "Method <io.jpod.adapters.archfixturejnr.Syscalls.pid()> calls method"
            + " <jnr.ffi.LibraryLoader.create(java.lang.Class)> in (Syscalls.java:12)",
        "Method <io.jpod.adapters.archfixturejnr.Syscalls.pid()> calls method"
            + " <jnr.ffi.LibraryLoader.load(java.lang.String)> in (Syscalls.java:12)");
  }

  @Test
  void jacksonOnlyInHostAdaptersAndCli_domainParsingJson_fails() {
    assertThat(violations(Rules.JACKSON_ONLY_IN_HOST_ADAPTERS_AND_CLI, "io.jpod.domain.archfixture.jackson")).contains(
        "Constructor <io.jpod.domain.archfixture.jackson.ImageConfigParser.<init>()> calls constructor"
            + " <com.fasterxml.jackson.databind.ObjectMapper.<init>()> in (ImageConfigParser.java:8)",
        "Method <io.jpod.domain.archfixture.jackson.ImageConfigParser.user(java.lang.String)> throws type"
            + " <com.fasterxml.jackson.core.JsonProcessingException> in (ImageConfigParser.java:0)");
  }

  @Test
  void commonsCompressOnlyInHostAndStorageAdapters_runtimeAdapterWritingTar_fails() {
    assertThat(violations(Rules.COMMONS_COMPRESS_ONLY_IN_HOST_AND_STORAGE_ADAPTERS,
        "io.jpod.adapters.archfixtureruntimetar")).containsExactly(
        "Method <io.jpod.adapters.archfixtureruntimetar.BundleArchive.open(java.io.OutputStream)> calls constructor"
            + " <org.apache.commons.compress.archivers.tar.TarArchiveOutputStream.<init>(java.io.OutputStream)>"
            + " in (BundleArchive.java:9)",
        "Method <io.jpod.adapters.archfixtureruntimetar.BundleArchive.open(java.io.OutputStream)> has return type"
            + " <org.apache.commons.compress.archivers.tar.TarArchiveOutputStream> in (BundleArchive.java:0)");
  }

  @Test
  void bouncyCastleOnlyInRegistryAdapter_otherAdapterDigesting_fails() {
    assertThat(violations(Rules.BOUNCY_CASTLE_ONLY_IN_REGISTRY_ADAPTER, "io.jpod.adapters.archfixturesigning"))
        .containsExactly(
            "Method <io.jpod.adapters.archfixturesigning.SignatureCheck.digestSize()> calls constructor"
                + " <org.bouncycastle.crypto.digests.SHA256Digest.<init>()> in (SignatureCheck.java:8)",
            "Method <io.jpod.adapters.archfixturesigning.SignatureCheck.digestSize()> calls method"
                + " <org.bouncycastle.crypto.digests.SHA256Digest.getDigestSize()> in (SignatureCheck.java:8)");
  }

  @Test
  void jdbcOnlyInAdapters_hostUsingConnection_fails() {
    String method = "Method <io.jpod.host.archfixture.jdbc.LockTable.locked(java.sql.Connection)>";
    assertThat(violations(Rules.JDBC_ONLY_IN_ADAPTERS, "io.jpod.host.archfixture.jdbc")).containsExactly(
        method + " calls method <java.sql.Connection.isReadOnly()> in (LockTable.java:9)",
        method + " has parameter of type <java.sql.Connection> in (LockTable.java:0)",
        method + " throws type <java.sql.SQLException> in (LockTable.java:0)");
  }

  @Test
  void libraryRules_eachLibraryInItsHome_pass() {
    for (ArchRule rule : List.of(Rules.JNR_ONLY_IN_HOST, Rules.JACKSON_ONLY_IN_HOST_ADAPTERS_AND_CLI,
        Rules.COMMONS_COMPRESS_ONLY_IN_HOST_AND_STORAGE_ADAPTERS, Rules.BOUNCY_CASTLE_ONLY_IN_REGISTRY_ADAPTER,
        Rules.JDBC_ONLY_IN_ADAPTERS)) {
      assertCompliant(rule, "io.jpod.host.archfixture.compliant", "io.jpod.adapters.archfixturestorage",
          "io.jpod.adapters.registry.archfixture", "io.jpod.adapters.archfixturestate",
          "io.jpod.cli.archfixture.compliant", "io.jpod.domain.archfixture.compliant");
    }
  }
}

package io.jpod.host.archfixture.upward;

import com.google.inject.Injector;
import io.jpod.adapters.archfixturestorage.StorageProvider;
import io.jpod.cli.archfixture.compliant.Main;
import io.jpod.domain.archfixture.compliant.StartUseCase;
import picocli.CommandLine;

/** Breaks HOST_SEES_NO_DOMAIN_ADAPTERS_CLI_GUICE_OR_PICOCLI: host reaching up into every layer above it. */
public final class LayerApplier {
  StartUseCase useCase;
  StorageProvider storage;
  Main main;
  Injector injector;
  CommandLine commandLine;
}

package io.jpod.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jpod.ports.BackendException;
import io.jpod.ports.ImageConfig;
import io.jpod.ports.RuntimeSpec;
import io.jpod.ports.contract.StateStoreSamples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The golden texts are what jackson-databind wrote for the same records, so older databases still read. */
class RecordJsonTest {
  private static final String WHAT = "the runtime spec of container x";
  private static final RuntimeSpec ALL_NULL = new RuntimeSpec(null, null, null, null, List.of(), null, Map.of());

  @Test
  void write_fullSpec_writesWhatDatabindWrote() throws Exception {
    assertThat(RecordJson.write(StateStoreSamples.spec(7), WHAT)).isEqualTo(golden("databind-spec-7.json"));
  }

  @Test
  void write_sparseSpec_writesNullsAndEmpties() throws Exception {
    assertThat(RecordJson.write(StateStoreSamples.sparseSpec(), WHAT))
        .isEqualTo(golden("databind-spec-sparse.json"))
        .contains("\"capabilities\":null", "\"seccomp\":null", "\"hostname\":null", "\"sysctl\":{}");
  }

  @Test
  void readSpec_databindText_readsEveryField() throws Exception {
    assertThat(RecordJson.readSpec(golden("databind-spec-7.json"), WHAT)).isEqualTo(StateStoreSamples.spec(7));
    assertThat(RecordJson.readSpec(golden("databind-spec-sparse.json"), WHAT))
        .isEqualTo(StateStoreSamples.sparseSpec());
  }

  @Test
  void readSpec_allPartsNull_readsNulls() throws Exception {
    String json = RecordJson.write(ALL_NULL, WHAT);

    assertThat(json).isEqualTo("{\"ociVersion\":null,\"process\":null,\"root\":null,\"hostname\":null,"
        + "\"mounts\":[],\"linux\":null,\"annotations\":{}}");
    assertThat(RecordJson.readSpec(json, WHAT)).isEqualTo(ALL_NULL);
  }

  @Test
  void write_imageConfig_writesLabelsInKeyOrder() throws Exception {
    ImageConfig config = StateStoreSamples.image(1).config();

    assertThat(RecordJson.write(config, "the config of image x")).isEqualTo("{\"os\":\"linux\","
        + "\"architecture\":\"amd64\",\"user\":\"1000:1000\",\"env\":[\"PATH=/bin\",\"A=b c\"],"
        + "\"entrypoint\":[\"/bin/sh\",\"-c\"],\"cmd\":[\"echo \\\"hi\\\"\",\"ü\"],\"workingDir\":\"/srv\","
        + "\"labels\":{\"k\":\"\",\"org.example\":\"x\"},\"stopSignal\":\"SIGTERM\"}");
  }

  @Test
  void readImageConfig_databindText_readsEveryField() throws Exception {
    assertThat(RecordJson.readImageConfig(golden("databind-image-config.json"), "the config of image x"))
        .isEqualTo(StateStoreSamples.image(1).config());
  }

  @Test
  void readStrings_written_readsSameStrings() throws Exception {
    List<String> strings = List.of("a", "\"b\"\n", "ü", "");
    String json = RecordJson.write(strings, "the command");

    assertThat(json).isEqualTo("[\"a\",\"\\\"b\\\"\\n\",\"ü\",\"\"]");
    assertThat(RecordJson.readStrings(json, "the command")).isEqualTo(strings);
  }

  @Test
  void readSpec_fieldMissing_throwsNamingExpectedField() throws Exception {
    String json = RecordJson.write(ALL_NULL, WHAT).replace("\"hostname\":null,", "");

    assertReadFails(json, "expected field \"hostname\", found field \"mounts\"");
  }

  @Test
  void readSpec_unknownField_throwsNamingIt() throws Exception {
    String written = RecordJson.write(ALL_NULL, WHAT);
    String json = written.substring(0, written.length() - 1) + ",\"extra\":1}";

    assertReadFails(json, "expected the end of the object, found field \"extra\"");
  }

  @Test
  void readSpec_wrongType_throwsNamingExpectedType() throws Exception {
    String json = RecordJson.write(StateStoreSamples.spec(7), WHAT).replace("\"terminal\":true", "\"terminal\":1");

    assertReadFails(json, "expected true or false, found a number");
  }

  @Test
  void readSpec_intOutOfRange_throws() throws Exception {
    String json = RecordJson.write(StateStoreSamples.spec(7), WHAT).replace("\"uid\":1000", "\"uid\":4294967296");

    assertReadFails(json, "number 4294967296 is out of the int range");
  }

  @Test
  void readSpec_duplicateKey_throws() throws Exception {
    String json = RecordJson.write(StateStoreSamples.spec(7), WHAT)
        .replace("\"io.jpod.n\":\"7\"", "\"io.jpod.n\":\"7\",\"io.jpod.n\":\"8\"");

    assertReadFails(json, "duplicate key \"io.jpod.n\"");
  }

  @Test
  void readSpec_trailingText_throws() throws Exception {
    assertReadFails(RecordJson.write(ALL_NULL, WHAT) + "{}", "text after the end of the value");
  }

  @Test
  void readSpec_notJson_throws() throws Exception {
    assertReadFails("not json", "expected a value (at character 0)");
  }

  private static void assertReadFails(String json, String detail) {
    assertThatThrownBy(() -> RecordJson.readSpec(json, WHAT))
        .isInstanceOf(BackendException.class)
        .hasMessage("cannot read the runtime spec of container x: the stored JSON does not match")
        .extracting(e -> ((BackendException) e).detail()).asString().startsWith(detail);
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = RecordJsonTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }
}

package io.jpod.host.oci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import io.jpod.ports.MountSpec;
import io.jpod.ports.RuntimeSpec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuntimeSpecJsonTest {
  private static final RuntimeSpec.Process PROCESS = new RuntimeSpec.Process(false,
      new RuntimeSpec.User(1000, 100, List.of(10)), List.of("sh", "-c", "echo \"hi\""), List.of("PATH=/bin"), "/",
      new RuntimeSpec.Capabilities(List.of("CAP_KILL"), List.of("CAP_KILL"), List.of(), List.of("CAP_KILL"),
          List.of()),
      List.of(new RuntimeSpec.Rlimit("RLIMIT_NOFILE", 1024, 512)), true, 0);
  private static final RuntimeSpec.Root ROOT =
      new RuntimeSpec.Root(List.of(new MountSpec("bind", "/img", List.of("rbind"))), true);
  private static final List<RuntimeSpec.Mount> MOUNTS =
      List.of(new RuntimeSpec.Mount("/proc", "proc", "proc", List.of("nosuid")));

  private static String write(RuntimeSpec spec) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new RuntimeSpecJson(new JsonFactory()).write(spec, "/img", out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void write_fullSpec_writesOciFieldsInOrder() throws Exception {
    RuntimeSpec.Seccomp seccomp = new RuntimeSpec.Seccomp("SCMP_ACT_ERRNO", 38, List.of("SCMP_ARCH_X86_64"),
        List.of(new RuntimeSpec.Syscall(List.of("read"), "SCMP_ACT_ALLOW", 0, List.of()),
            new RuntimeSpec.Syscall(List.of("personality"), "SCMP_ACT_ALLOW", 0,
                List.of(new RuntimeSpec.SyscallArg(0, 8, 0, "SCMP_CMP_EQ"))),
            new RuntimeSpec.Syscall(List.of("mount"), "SCMP_ACT_ERRNO", 1, List.of())));
    RuntimeSpec.Linux linux = new RuntimeSpec.Linux(
        List.of(new RuntimeSpec.Namespace("pid", ""), new RuntimeSpec.Namespace("network", "/run/netns/x")),
        List.of("/proc/kcore"), List.of("/proc/sys"), seccomp, "/jpod/abc", Map.of("net.b", "2", "net.a", "1"));
    RuntimeSpec spec = new RuntimeSpec("1.0.2", PROCESS, ROOT, "web", MOUNTS, linux, Map.of("z", "1", "a", "2"));

    assertThat(write(spec)).isEqualTo("{\"ociVersion\":\"1.0.2\","
        + "\"process\":{\"terminal\":false,\"user\":{\"uid\":1000,\"gid\":100,\"additionalGids\":[10]},"
        + "\"args\":[\"sh\",\"-c\",\"echo \\\"hi\\\"\"],\"env\":[\"PATH=/bin\"],\"cwd\":\"/\","
        + "\"capabilities\":{\"bounding\":[\"CAP_KILL\"],\"effective\":[\"CAP_KILL\"],\"inheritable\":[],"
        + "\"permitted\":[\"CAP_KILL\"],\"ambient\":[]},"
        + "\"rlimits\":[{\"type\":\"RLIMIT_NOFILE\",\"hard\":1024,\"soft\":512}],"
        + "\"noNewPrivileges\":true,\"oomScoreAdj\":0},"
        + "\"root\":{\"path\":\"/img\",\"readonly\":true},\"hostname\":\"web\","
        + "\"mounts\":[{\"destination\":\"/proc\",\"type\":\"proc\",\"source\":\"proc\",\"options\":[\"nosuid\"]}],"
        + "\"annotations\":{\"a\":\"2\",\"z\":\"1\"},"
        + "\"linux\":{\"namespaces\":[{\"type\":\"pid\"},{\"type\":\"network\",\"path\":\"/run/netns/x\"}],"
        + "\"maskedPaths\":[\"/proc/kcore\"],\"readonlyPaths\":[\"/proc/sys\"],"
        + "\"seccomp\":{\"defaultAction\":\"SCMP_ACT_ERRNO\",\"defaultErrnoRet\":38,"
        + "\"architectures\":[\"SCMP_ARCH_X86_64\"],\"syscalls\":["
        + "{\"names\":[\"read\"],\"action\":\"SCMP_ACT_ALLOW\"},"
        + "{\"names\":[\"personality\"],\"action\":\"SCMP_ACT_ALLOW\","
        + "\"args\":[{\"index\":0,\"value\":8,\"valueTwo\":0,\"op\":\"SCMP_CMP_EQ\"}]},"
        + "{\"names\":[\"mount\"],\"action\":\"SCMP_ACT_ERRNO\",\"errnoRet\":1}]},"
        + "\"cgroupsPath\":\"/jpod/abc\",\"sysctl\":{\"net.a\":\"1\",\"net.b\":\"2\"}}}");
  }

  @Test
  void write_optionalPartsAbsent_leavesThemOut() throws Exception {
    RuntimeSpec.Process process = new RuntimeSpec.Process(false, new RuntimeSpec.User(0, 0, List.of()),
        List.of("true"), List.of(), "/", null, List.of(), false, 0);
    RuntimeSpec.Linux linux = new RuntimeSpec.Linux(List.of(), List.of(), List.of(), null, null, Map.of());
    RuntimeSpec spec = new RuntimeSpec("1.0.2", process, ROOT, "", List.of(), linux, Map.of());

    assertThat(write(spec)).isEqualTo("{\"ociVersion\":\"1.0.2\","
        + "\"process\":{\"terminal\":false,\"user\":{\"uid\":0,\"gid\":0},\"args\":[\"true\"],\"env\":[],"
        + "\"cwd\":\"/\",\"rlimits\":[],\"noNewPrivileges\":false,\"oomScoreAdj\":0},"
        + "\"root\":{\"path\":\"/img\",\"readonly\":true},\"mounts\":[],"
        + "\"linux\":{\"namespaces\":[],\"maskedPaths\":[],\"readonlyPaths\":[]}}");
  }
}

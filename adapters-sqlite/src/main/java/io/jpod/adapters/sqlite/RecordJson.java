package io.jpod.adapters.sqlite;

import com.fasterxml.jackson.core.JsonFactory;
import io.jpod.ports.BackendException;
import io.jpod.ports.ImageConfig;
import io.jpod.ports.MountSpec;
import io.jpod.ports.RuntimeSpec;
import java.io.IOException;
import java.util.List;

/**
 * The JSON columns, written field by field with Jackson's streaming generator and read with host's
 * {@link io.jpod.host.json.JsonReader}: jackson-databind's set-up cost 120-150 ms at every start of a command, and
 * Jackson's parser another ~5 ms. The text is what databind wrote for these records, so older rows read
 * back: every record component in declaration order under its own name, a null as {@code null}; maps in key order.
 */
final class RecordJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private RecordJson() {}

  static String write(List<String> strings, String what) throws BackendException {
    return toText(what, () -> JsonOut.stringArray(FACTORY, strings));
  }

  static String write(ImageConfig config, String what) throws BackendException {
    return toText(what, () -> JsonOut.object(FACTORY, config, RecordJson::imageConfig));
  }

  static String write(RuntimeSpec spec, String what) throws BackendException {
    return toText(what, () -> JsonOut.object(FACTORY, spec, RecordJson::spec));
  }

  static List<String> readStrings(String json, String what) throws BackendException {
    return fromText(what, () -> JsonIn.parseStringArray(json));
  }

  static ImageConfig readImageConfig(String json, String what) throws BackendException {
    return fromText(what, () -> JsonIn.parseObject(json, RecordJson::imageConfig));
  }

  static RuntimeSpec readSpec(String json, String what) throws BackendException {
    return fromText(what, () -> JsonIn.parseObject(json, RecordJson::spec));
  }

  @FunctionalInterface
  private interface Conversion<T> {
    T run() throws IOException;
  }

  private static String toText(String what, Conversion<String> writing) throws BackendException {
    try {
      return writing.run();
    } catch (IOException e) {
      throw new BackendException("cannot write " + what + " as JSON", e);
    }
  }

  private static <T> T fromText(String what, Conversion<T> reading) throws BackendException {
    try {
      return reading.run();
    } catch (IOException e) {
      throw new BackendException("cannot read " + what + ": the stored JSON does not match", e);
    }
  }

  // Each record: a writer and a reader of its components in declaration order. Arguments are evaluated left to
  // right, so a reader can read the fields straight into the constructor call.

  private static void imageConfig(JsonOut out, ImageConfig config) throws IOException {
    out.string("os", config.os());
    out.string("architecture", config.architecture());
    out.string("user", config.user());
    out.strings("env", config.env());
    out.strings("entrypoint", config.entrypoint());
    out.strings("cmd", config.cmd());
    out.string("workingDir", config.workingDir());
    out.stringMap("labels", config.labels());
    out.string("stopSignal", config.stopSignal());
  }

  private static ImageConfig imageConfig(JsonIn in) throws IOException {
    return new ImageConfig(in.string("os"), in.string("architecture"), in.string("user"), in.strings("env"),
        in.strings("entrypoint"), in.strings("cmd"), in.string("workingDir"), in.stringMap("labels"),
        in.string("stopSignal"));
  }

  private static void spec(JsonOut out, RuntimeSpec spec) throws IOException {
    out.string("ociVersion", spec.ociVersion());
    out.object("process", spec.process(), RecordJson::process);
    out.object("root", spec.root(), RecordJson::root);
    out.string("hostname", spec.hostname());
    out.objects("mounts", spec.mounts(), RecordJson::mount);
    out.object("linux", spec.linux(), RecordJson::linux);
    out.stringMap("annotations", spec.annotations());
  }

  private static RuntimeSpec spec(JsonIn in) throws IOException {
    return new RuntimeSpec(in.string("ociVersion"), in.object("process", RecordJson::process),
        in.object("root", RecordJson::root), in.string("hostname"), in.objects("mounts", RecordJson::mount),
        in.object("linux", RecordJson::linux), in.stringMap("annotations"));
  }

  private static void process(JsonOut out, RuntimeSpec.Process process) throws IOException {
    out.bool("terminal", process.terminal());
    out.object("user", process.user(), RecordJson::user);
    out.strings("args", process.args());
    out.strings("env", process.env());
    out.string("cwd", process.cwd());
    out.object("capabilities", process.capabilities(), RecordJson::capabilities);
    out.objects("rlimits", process.rlimits(), RecordJson::rlimit);
    out.bool("noNewPrivileges", process.noNewPrivileges());
    out.number("oomScoreAdj", process.oomScoreAdj());
  }

  private static RuntimeSpec.Process process(JsonIn in) throws IOException {
    return new RuntimeSpec.Process(in.bool("terminal"), in.object("user", RecordJson::user), in.strings("args"),
        in.strings("env"), in.string("cwd"), in.object("capabilities", RecordJson::capabilities),
        in.objects("rlimits", RecordJson::rlimit), in.bool("noNewPrivileges"), in.intValue("oomScoreAdj"));
  }

  private static void user(JsonOut out, RuntimeSpec.User user) throws IOException {
    out.number("uid", user.uid());
    out.number("gid", user.gid());
    out.ints("additionalGids", user.additionalGids());
  }

  private static RuntimeSpec.User user(JsonIn in) throws IOException {
    return new RuntimeSpec.User(in.intValue("uid"), in.intValue("gid"), in.ints("additionalGids"));
  }

  private static void capabilities(JsonOut out, RuntimeSpec.Capabilities capabilities) throws IOException {
    out.strings("bounding", capabilities.bounding());
    out.strings("effective", capabilities.effective());
    out.strings("inheritable", capabilities.inheritable());
    out.strings("permitted", capabilities.permitted());
    out.strings("ambient", capabilities.ambient());
  }

  private static RuntimeSpec.Capabilities capabilities(JsonIn in) throws IOException {
    return new RuntimeSpec.Capabilities(in.strings("bounding"), in.strings("effective"), in.strings("inheritable"),
        in.strings("permitted"), in.strings("ambient"));
  }

  private static void rlimit(JsonOut out, RuntimeSpec.Rlimit rlimit) throws IOException {
    out.string("type", rlimit.type());
    out.number("hard", rlimit.hard());
    out.number("soft", rlimit.soft());
  }

  private static RuntimeSpec.Rlimit rlimit(JsonIn in) throws IOException {
    return new RuntimeSpec.Rlimit(in.string("type"), in.longValue("hard"), in.longValue("soft"));
  }

  private static void root(JsonOut out, RuntimeSpec.Root root) throws IOException {
    out.objects("layers", root.layers(), RecordJson::mountSpec);
    out.bool("readonly", root.readonly());
  }

  private static RuntimeSpec.Root root(JsonIn in) throws IOException {
    return new RuntimeSpec.Root(in.objects("layers", RecordJson::mountSpec), in.bool("readonly"));
  }

  private static void mountSpec(JsonOut out, MountSpec mount) throws IOException {
    out.string("type", mount.type());
    out.string("source", mount.source());
    out.strings("options", mount.options());
  }

  private static MountSpec mountSpec(JsonIn in) throws IOException {
    return new MountSpec(in.string("type"), in.string("source"), in.strings("options"));
  }

  private static void mount(JsonOut out, RuntimeSpec.Mount mount) throws IOException {
    out.string("destination", mount.destination());
    out.string("type", mount.type());
    out.string("source", mount.source());
    out.strings("options", mount.options());
  }

  private static RuntimeSpec.Mount mount(JsonIn in) throws IOException {
    return new RuntimeSpec.Mount(in.string("destination"), in.string("type"), in.string("source"),
        in.strings("options"));
  }

  private static void linux(JsonOut out, RuntimeSpec.Linux linux) throws IOException {
    out.objects("namespaces", linux.namespaces(), RecordJson::namespace);
    out.strings("maskedPaths", linux.maskedPaths());
    out.strings("readonlyPaths", linux.readonlyPaths());
    out.object("seccomp", linux.seccomp(), RecordJson::seccomp);
    out.string("cgroupsPath", linux.cgroupsPath());
    out.stringMap("sysctl", linux.sysctl());
  }

  private static RuntimeSpec.Linux linux(JsonIn in) throws IOException {
    return new RuntimeSpec.Linux(in.objects("namespaces", RecordJson::namespace), in.strings("maskedPaths"),
        in.strings("readonlyPaths"), in.object("seccomp", RecordJson::seccomp), in.string("cgroupsPath"),
        in.stringMap("sysctl"));
  }

  private static void namespace(JsonOut out, RuntimeSpec.Namespace namespace) throws IOException {
    out.string("type", namespace.type());
    out.string("path", namespace.path());
  }

  private static RuntimeSpec.Namespace namespace(JsonIn in) throws IOException {
    return new RuntimeSpec.Namespace(in.string("type"), in.string("path"));
  }

  private static void seccomp(JsonOut out, RuntimeSpec.Seccomp seccomp) throws IOException {
    out.string("defaultAction", seccomp.defaultAction());
    out.number("defaultErrnoRet", seccomp.defaultErrnoRet());
    out.strings("architectures", seccomp.architectures());
    out.objects("syscalls", seccomp.syscalls(), RecordJson::syscall);
  }

  private static RuntimeSpec.Seccomp seccomp(JsonIn in) throws IOException {
    return new RuntimeSpec.Seccomp(in.string("defaultAction"), in.intValue("defaultErrnoRet"),
        in.strings("architectures"), in.objects("syscalls", RecordJson::syscall));
  }

  private static void syscall(JsonOut out, RuntimeSpec.Syscall syscall) throws IOException {
    out.strings("names", syscall.names());
    out.string("action", syscall.action());
    out.number("errnoRet", syscall.errnoRet());
    out.objects("args", syscall.args(), RecordJson::syscallArg);
  }

  private static RuntimeSpec.Syscall syscall(JsonIn in) throws IOException {
    return new RuntimeSpec.Syscall(in.strings("names"), in.string("action"), in.intValue("errnoRet"),
        in.objects("args", RecordJson::syscallArg));
  }

  private static void syscallArg(JsonOut out, RuntimeSpec.SyscallArg arg) throws IOException {
    out.number("index", arg.index());
    out.number("value", arg.value());
    out.number("valueTwo", arg.valueTwo());
    out.string("op", arg.op());
  }

  private static RuntimeSpec.SyscallArg syscallArg(JsonIn in) throws IOException {
    return new RuntimeSpec.SyscallArg(in.intValue("index"), in.longValue("value"), in.longValue("valueTwo"),
        in.string("op"));
  }
}

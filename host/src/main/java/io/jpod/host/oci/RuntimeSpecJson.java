package io.jpod.host.oci;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jpod.ports.RuntimeSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link RuntimeSpec} as an OCI bundle's {@code config.json}, field by field with the streaming API: no
 * reflection, and absent optional parts (capabilities, seccomp, cgroups path) are left out rather than written as
 * null. Maps are written in key order so that the same spec always gives the same bytes.
 */
public final class RuntimeSpecJson {
  private final JsonFactory factory;

  public RuntimeSpecJson(JsonFactory factory) {
    this.factory = factory;
  }

  /** Writes {@code spec} with {@code rootPath} as {@code root.path} (the layers are the caller's business). */
  public void write(RuntimeSpec spec, String rootPath, OutputStream out) throws IOException {
    try (JsonGenerator json = factory.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("ociVersion", spec.ociVersion());
      writeProcess(json, spec.process());
      json.writeObjectFieldStart("root");
      json.writeStringField("path", rootPath);
      json.writeBooleanField("readonly", spec.root().readonly());
      json.writeEndObject();
      if (spec.hostname() != null && !spec.hostname().isEmpty()) {
        json.writeStringField("hostname", spec.hostname());
      }
      json.writeArrayFieldStart("mounts");
      for (RuntimeSpec.Mount mount : spec.mounts()) {
        json.writeStartObject();
        json.writeStringField("destination", mount.destination());
        json.writeStringField("type", mount.type());
        json.writeStringField("source", mount.source());
        writeStrings(json, "options", mount.options());
        json.writeEndObject();
      }
      json.writeEndArray();
      writeStringMap(json, "annotations", spec.annotations());
      writeLinux(json, spec.linux());
      json.writeEndObject();
    }
  }

  private static void writeProcess(JsonGenerator json, RuntimeSpec.Process process) throws IOException {
    json.writeObjectFieldStart("process");
    json.writeBooleanField("terminal", process.terminal());
    RuntimeSpec.User user = process.user();
    json.writeObjectFieldStart("user");
    json.writeNumberField("uid", user.uid());
    json.writeNumberField("gid", user.gid());
    if (!user.additionalGids().isEmpty()) {
      json.writeArrayFieldStart("additionalGids");
      for (int gid : user.additionalGids()) {
        json.writeNumber(gid);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
    writeStrings(json, "args", process.args());
    writeStrings(json, "env", process.env());
    json.writeStringField("cwd", process.cwd());
    RuntimeSpec.Capabilities caps = process.capabilities();
    if (caps != null) {
      json.writeObjectFieldStart("capabilities");
      writeStrings(json, "bounding", caps.bounding());
      writeStrings(json, "effective", caps.effective());
      writeStrings(json, "inheritable", caps.inheritable());
      writeStrings(json, "permitted", caps.permitted());
      writeStrings(json, "ambient", caps.ambient());
      json.writeEndObject();
    }
    json.writeArrayFieldStart("rlimits");
    for (RuntimeSpec.Rlimit rlimit : process.rlimits()) {
      json.writeStartObject();
      json.writeStringField("type", rlimit.type());
      json.writeNumberField("hard", rlimit.hard());
      json.writeNumberField("soft", rlimit.soft());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeBooleanField("noNewPrivileges", process.noNewPrivileges());
    json.writeNumberField("oomScoreAdj", process.oomScoreAdj());
    json.writeEndObject();
  }

  private static void writeLinux(JsonGenerator json, RuntimeSpec.Linux linux) throws IOException {
    json.writeObjectFieldStart("linux");
    json.writeArrayFieldStart("namespaces");
    for (RuntimeSpec.Namespace namespace : linux.namespaces()) {
      json.writeStartObject();
      json.writeStringField("type", namespace.type());
      if (namespace.path() != null && !namespace.path().isEmpty()) {
        json.writeStringField("path", namespace.path());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    writeStrings(json, "maskedPaths", linux.maskedPaths());
    writeStrings(json, "readonlyPaths", linux.readonlyPaths());
    if (linux.seccomp() != null) {
      writeSeccomp(json, linux.seccomp());
    }
    if (linux.cgroupsPath() != null && !linux.cgroupsPath().isEmpty()) {
      json.writeStringField("cgroupsPath", linux.cgroupsPath());
    }
    writeStringMap(json, "sysctl", linux.sysctl());
    json.writeEndObject();
  }

  private static void writeSeccomp(JsonGenerator json, RuntimeSpec.Seccomp seccomp) throws IOException {
    json.writeObjectFieldStart("seccomp");
    json.writeStringField("defaultAction", seccomp.defaultAction());
    if (seccomp.defaultErrnoRet() != 0) {
      json.writeNumberField("defaultErrnoRet", seccomp.defaultErrnoRet());
    }
    writeStrings(json, "architectures", seccomp.architectures());
    json.writeArrayFieldStart("syscalls");
    for (RuntimeSpec.Syscall syscall : seccomp.syscalls()) {
      json.writeStartObject();
      writeStrings(json, "names", syscall.names());
      json.writeStringField("action", syscall.action());
      if (syscall.errnoRet() != 0) {
        json.writeNumberField("errnoRet", syscall.errnoRet());
      }
      if (!syscall.args().isEmpty()) {
        json.writeArrayFieldStart("args");
        for (RuntimeSpec.SyscallArg arg : syscall.args()) {
          json.writeStartObject();
          json.writeNumberField("index", arg.index());
          json.writeNumberField("value", arg.value());
          json.writeNumberField("valueTwo", arg.valueTwo());
          json.writeStringField("op", arg.op());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  private static void writeStringMap(JsonGenerator json, String field, Map<String, String> map) throws IOException {
    if (map.isEmpty()) {
      return;
    }
    json.writeObjectFieldStart(field);
    for (Map.Entry<String, String> entry : new TreeMap<>(map).entrySet()) {
      json.writeStringField(entry.getKey(), entry.getValue());
    }
    json.writeEndObject();
  }
}

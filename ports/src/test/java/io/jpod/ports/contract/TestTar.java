package io.jpod.ports.contract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tiny reproducible tar writer (ustar headers, PAX records for long names and extra headers) for layer tests:
 * JDK only, fixed mtime {@link #MTIME}, owner 0:0 unless {@link #owner} says otherwise.
 */
public final class TestTar {
  /** Seconds since the epoch stamped on every entry. */
  public static final long MTIME = 1_600_000_000L;
  private static final int BLOCK = 512;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final Map<String, String> nextPax = new LinkedHashMap<>();
  private int uid;
  private int gid;

  /** Owner of the entries added after this call. */
  public TestTar owner(int uid, int gid) {
    this.uid = uid;
    this.gid = gid;
    return this;
  }

  /** A PAX record (e.g. {@code SCHILY.xattr.user.k}) for the next entry only. */
  public TestTar pax(String key, String value) {
    nextPax.put(key, value);
    return this;
  }

  public TestTar dir(String name) {
    return dir(name, 0755);
  }

  public TestTar dir(String name, int mode) {
    return entry(name.endsWith("/") ? name : name + "/", '5', mode, "", new byte[0], 0, 0);
  }

  public TestTar file(String name, String content) {
    return file(name, content.getBytes(StandardCharsets.UTF_8), 0644);
  }

  public TestTar file(String name, byte[] content, int mode) {
    return entry(name, '0', mode, "", content, 0, 0);
  }

  public TestTar symlink(String name, String target) {
    return entry(name, '2', 0777, target, new byte[0], 0, 0);
  }

  public TestTar hardlink(String name, String target) {
    return entry(name, '1', 0644, target, new byte[0], 0, 0);
  }

  public TestTar charDevice(String name, int major, int minor, int mode) {
    return entry(name, '3', mode, "", new byte[0], major, minor);
  }

  public TestTar fifo(String name, int mode) {
    return entry(name, '6', mode, "", new byte[0], 0, 0);
  }

  /** The archive, ended by two zero blocks. */
  public byte[] bytes() {
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    copy.writeBytes(out.toByteArray());
    copy.writeBytes(new byte[2 * BLOCK]);
    return copy.toByteArray();
  }

  public InputStream stream() {
    return new ByteArrayInputStream(bytes());
  }

  private TestTar entry(String name, char type, int mode, String link, byte[] content, int major, int minor) {
    Map<String, String> pax = new LinkedHashMap<>(nextPax);
    nextPax.clear();
    if (utf8(name).length > 100) {
      pax.put("path", name);
    }
    if (utf8(link).length > 100) {
      pax.put("linkpath", link);
    }
    if (!pax.isEmpty()) {
      byte[] records = paxRecords(pax);
      writeHeader("PaxHeaders/" + tail(name), 'x', 0644, "", records.length, 0, 0);
      writeContent(records);
    }
    writeHeader(name, type, mode, link, content.length, major, minor);
    writeContent(content);
    return this;
  }

  private void writeHeader(String name, char type, int mode, String link, long size, int major, int minor) {
    byte[] header = new byte[BLOCK];
    put(header, 0, 100, truncate(utf8(name), 100));
    octal(header, 100, 8, mode);
    octal(header, 108, 8, uid);
    octal(header, 116, 8, gid);
    octal(header, 124, 12, size);
    octal(header, 136, 12, MTIME);
    Arrays.fill(header, 148, 156, (byte) ' ');
    header[156] = (byte) type;
    put(header, 157, 100, truncate(utf8(link), 100));
    put(header, 257, 6, "ustar\0".getBytes(StandardCharsets.US_ASCII));
    put(header, 263, 2, "00".getBytes(StandardCharsets.US_ASCII));
    octal(header, 329, 8, major);
    octal(header, 337, 8, minor);
    int sum = 0;
    for (byte b : header) {
      sum += b & 0xff;
    }
    byte[] checksum = String.format("%06o\0 ", sum).getBytes(StandardCharsets.US_ASCII);
    put(header, 148, 8, checksum);
    out.writeBytes(header);
  }

  private void writeContent(byte[] content) {
    out.writeBytes(content);
    int padding = (BLOCK - content.length % BLOCK) % BLOCK;
    out.writeBytes(new byte[padding]);
  }

  private static byte[] paxRecords(Map<String, String> records) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (Map.Entry<String, String> record : records.entrySet()) {
      int body = utf8(" " + record.getKey() + "=" + record.getValue() + "\n").length;
      int length = body + String.valueOf(body).length();
      if (String.valueOf(length).length() != String.valueOf(body).length()) {
        length++;
      }
      bytes.writeBytes(utf8(length + " " + record.getKey() + "=" + record.getValue() + "\n"));
    }
    return bytes.toByteArray();
  }

  private static void octal(byte[] header, int offset, int length, long value) {
    String digits = String.format("%0" + (length - 1) + "o", value);
    put(header, offset, length, (digits + "\0").getBytes(StandardCharsets.US_ASCII));
  }

  private static void put(byte[] header, int offset, int length, byte[] value) {
    System.arraycopy(value, 0, header, offset, Math.min(length, value.length));
  }

  private static byte[] truncate(byte[] value, int length) {
    return value.length <= length ? value : Arrays.copyOf(value, length);
  }

  private static String tail(String name) {
    String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
    return last.length() > 80 ? last.substring(0, 80) : last;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

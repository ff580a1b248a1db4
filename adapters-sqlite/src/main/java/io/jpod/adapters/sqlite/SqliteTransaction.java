package io.jpod.adapters.sqlite;

import io.jpod.ports.AlreadyExistsException;
import io.jpod.ports.BackendException;
import io.jpod.ports.ContainerId;
import io.jpod.ports.ContainerRecord;
import io.jpod.ports.ContainerState;
import io.jpod.ports.ContainerStatus;
import io.jpod.ports.Digest;
import io.jpod.ports.ImageId;
import io.jpod.ports.ImageRecord;
import io.jpod.ports.LayerKey;
import io.jpod.ports.NotFoundException;
import io.jpod.ports.StateTransaction;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The rows of one transaction. Lists come ordered by creation time, then id. An image's names live in their own
 * table keyed by name, so a name belongs to at most one image: storing an image with a name that another image holds
 * moves the name (podman's {@code tag}), and the other image keeps its remaining names, possibly none.
 */
final class SqliteTransaction implements StateTransaction {
  private static final String IMAGE_COLUMNS = "id, created, top_layer, size, config, config_json, diff_ids";
  private static final String CONTAINER_COLUMNS = "id, name, image_id, image_name, layer, command, created, runtime,"
      + " auto_remove, spec, status, pid, exit_code, started_at, finished_at";

  private final Connection connection;
  private final Path database;
  private final boolean writable;
  private boolean open = true;

  SqliteTransaction(Connection connection, Path database, boolean writable) {
    this.connection = connection;
    this.database = database;
    this.writable = writable;
  }

  void end() {
    open = false;
  }

  @Override
  public Optional<ImageRecord> image(ImageId id) throws BackendException {
    requireOpen();
    String action = "read image " + id;
    try (PreparedStatement select = prepare("SELECT " + IMAGE_COLUMNS + " FROM images WHERE id = ?", action)) {
      select.setString(1, id.hex());
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(image(row, namesOf(id))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw SqlErrors.failure(action, database, e);
    }
  }

  @Override
  public List<ImageRecord> images() throws BackendException {
    requireOpen();
    String action = "list images";
    Map<String, List<String>> names = new HashMap<>();
    List<ImageRecord> images = new ArrayList<>();
    try (PreparedStatement selectNames =
            prepare("SELECT image_id, name FROM image_names ORDER BY image_id, position", action);
        PreparedStatement selectImages = prepare("SELECT " + IMAGE_COLUMNS + " FROM images", action)) {
      try (ResultSet rows = selectNames.executeQuery()) {
        while (rows.next()) {
          names.computeIfAbsent(rows.getString(1), key -> new ArrayList<>()).add(rows.getString(2));
        }
      }
      try (ResultSet rows = selectImages.executeQuery()) {
        while (rows.next()) {
          images.add(image(rows, names.getOrDefault(rows.getString(1), List.of())));
        }
      }
    } catch (SQLException e) {
      throw SqlErrors.failure(action, database, e);
    }
    images.sort(Comparator.comparing(ImageRecord::created).thenComparing(image -> image.id().hex()));
    return images;
  }

  @Override
  public void putImage(ImageRecord image) throws BackendException {
    requireWritable();
    if (new HashSet<>(image.names()).size() != image.names().size()) {
      throw new IllegalArgumentException("image " + image.id() + " lists a name twice: " + image.names());
    }
    String action = "store image " + image.id();
    String config = RecordJson.write(image.config(), "the config of image " + image.id());
    String diffIds = RecordJson.write(image.diffIds().stream().map(Digest::toString).toList(), "the diff ids of image "
        + image.id());
    try (PreparedStatement upsert = prepare("INSERT INTO images (" + IMAGE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (id) DO UPDATE SET created = excluded.created, top_layer = excluded.top_layer,"
            + " size = excluded.size, config = excluded.config, config_json = excluded.config_json,"
            + " diff_ids = excluded.diff_ids", action);
        PreparedStatement dropNames = prepare("DELETE FROM image_names WHERE image_id = ?", action);
        PreparedStatement claimName = prepare("INSERT INTO image_names (name, image_id, position) VALUES (?, ?, ?)"
            + " ON CONFLICT (name) DO UPDATE SET image_id = excluded.image_id, position = excluded.position",
            action)) {
      upsert.setString(1, image.id().hex());
      upsert.setString(2, image.created().toString());
      upsert.setString(3, image.topLayer().value());
      upsert.setLong(4, image.size());
      upsert.setString(5, config);
      upsert.setString(6, image.configJson());
      upsert.setString(7, diffIds);
      upsert.executeUpdate();
      dropNames.setString(1, image.id().hex());
      dropNames.executeUpdate();
      for (int position = 0; position < image.names().size(); position++) {
        claimName.setString(1, image.names().get(position));
        claimName.setString(2, image.id().hex());
        claimName.setInt(3, position);
        claimName.executeUpdate();
      }
    } catch (SQLException e) {
      throw SqlErrors.failure(action, database, e);
    }
  }

  @Override
  public void deleteImage(ImageId id) throws NotFoundException, BackendException {
    requireWritable();
    String action = "delete image " + id;
    try (PreparedStatement user = prepare("SELECT id, name FROM containers WHERE image_id = ? LIMIT 1", action);
        PreparedStatement delete = prepare("DELETE FROM images WHERE id = ?", action)) {
      user.setString(1, id.hex());
      try (ResultSet row = user.executeQuery()) {
        if (row.next()) {
          throw new BackendException("cannot delete image " + id + ": container " + row.getString(1) + " ("
              + row.getString(2) + ") uses it");
        }
      }
      delete.setString(1, id.hex());
      if (delete.executeUpdate() == 0) {
        throw new NotFoundException("cannot delete image " + id + ": no such image");
      }
    } catch (SQLException e) {
      throw SqlErrors.failure(action, database, e);
    }
  }

  @Override
  public Optional<ContainerRecord> container(ContainerId id) throws BackendException {
    requireOpen();
    String action = "read container " + id;
    try (PreparedStatement select =
        prepare("SELECT " + CONTAINER_COLUMNS + " FROM containers WHERE id = ?", action)) {
      select.setString(1, id.hex());
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(container(row)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw SqlErrors.failure(action, database, e);
    }
  }

  @Override
  public List<ContainerRecord> containers() throws BackendException {
    requireOpen();
    String action = "list containers";
    List<ContainerRecord> containers = new ArrayList<>();
    try (PreparedStatement select = prepare("SELECT " + CONTAINER_COLUMNS + " FROM containers", action);
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        containers.add(container(rows));
      }
    } catch (SQLException e) {
      throw SqlErrors.failure(action, database, e);
    }
    containers.sort(Comparator.comparing(ContainerRecord::created).thenComparing(container -> container.id().hex()));
    return containers;
  }

  @Override
  public void putContainer(ContainerRecord container) throws AlreadyExistsException, BackendException {
    requireWritable();
    String action = "store container " + container.id();
    String command = RecordJson.write(container.command(), "the command of container " + container.id());
    String spec = RecordJson.write(container.spec(), "the runtime spec of container " + container.id());
    try (PreparedStatement holder = prepare("SELECT id FROM containers WHERE name = ? AND id <> ?", action);
        PreparedStatement image = prepare("SELECT 1 FROM images WHERE id = ?", action);
        PreparedStatement upsert = prepare("INSERT INTO containers (" + CONTAINER_COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            + " name = excluded.name, image_id = excluded.image_id, image_name = excluded.image_name,"
            + " layer = excluded.layer, command = excluded.command, created = excluded.created,"
            + " runtime = excluded.runtime, auto_remove = excluded.auto_remove, spec = excluded.spec,"
            + " status = excluded.status, pid = excluded.pid, exit_code = excluded.exit_code,"
            + " started_at = excluded.started_at, finished_at = excluded.finished_at", action)) {
      holder.setString(1, container.name());
      holder.setString(2, container.id().hex());
      try (ResultSet row = holder.executeQuery()) {
        if (row.next()) {
          throw new AlreadyExistsException("the container name \"" + container.name() + "\" is already in use by "
              + row.getString(1) + ". You have to remove that container to be able to reuse that name: that name"
              + " is already in use");
        }
      }
      image.setString(1, container.image().hex());
      try (ResultSet row = image.executeQuery()) {
        if (!row.next()) {
          throw new BackendException("cannot store container " + container.id() + ": its image "
              + container.image() + " is not stored");
        }
      }
      bind(upsert, container, command, spec);
      upsert.executeUpdate();
    } catch (SQLException e) {
      throw SqlErrors.failure(action, database, e);
    }
  }

  @Override
  public void deleteContainer(ContainerId id) throws NotFoundException, BackendException {
    requireWritable();
    String action = "delete container " + id;
    try (PreparedStatement delete = prepare("DELETE FROM containers WHERE id = ?", action)) {
      delete.setString(1, id.hex());
      if (delete.executeUpdate() == 0) {
        throw new NotFoundException("cannot delete container " + id + ": no such container");
      }
    } catch (SQLException e) {
      throw SqlErrors.failure(action, database, e);
    }
  }

  @Override
  public Optional<String> setting(String key) throws BackendException {
    requireOpen();
    String action = "read setting " + key;
    try (PreparedStatement select = prepare("SELECT value FROM settings WHERE key = ?", action)) {
      select.setString(1, key);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw SqlErrors.failure(action, database, e);
    }
  }

  @Override
  public void putSetting(String key, String value) throws BackendException {
    requireWritable();
    String action = "save setting " + key;
    try (PreparedStatement upsert = prepare(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        action)) {
      upsert.setString(1, key);
      upsert.setString(2, value);
      upsert.executeUpdate();
    } catch (SQLException e) {
      throw SqlErrors.failure(action, database, e);
    }
  }

  private PreparedStatement prepare(String sql, String action) throws BackendException {
    try {
      return connection.prepareStatement(sql);
    } catch (SQLException e) {
      throw SqlErrors.failure(action, database, e);
    }
  }

  private List<String> namesOf(ImageId id) throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement("SELECT name FROM image_names WHERE image_id = ? ORDER BY position")) {
      select.setString(1, id.hex());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
    }
    return names;
  }

  private static ImageRecord image(ResultSet row, List<String> names) throws SQLException, BackendException {
    ImageId id = new ImageId(row.getString(1));
    return new ImageRecord(
        id,
        names,
        Instant.parse(row.getString(2)),
        RecordJson.readStrings(row.getString(7), "the diff ids of image " + id).stream().map(Digest::parse).toList(),
        new LayerKey(row.getString(3)),
        row.getLong(4),
        RecordJson.readImageConfig(row.getString(5), "the config of image " + id),
        row.getString(6));
  }

  private static void bind(PreparedStatement upsert, ContainerRecord container, String command, String spec)
      throws SQLException {
    ContainerState state = container.state();
    upsert.setString(1, container.id().hex());
    upsert.setString(2, container.name());
    upsert.setString(3, container.image().hex());
    upsert.setString(4, container.imageName());
    upsert.setString(5, container.layer().value());
    upsert.setString(6, command);
    upsert.setString(7, container.created().toString());
    upsert.setString(8, container.runtime());
    upsert.setInt(9, container.autoRemove() ? 1 : 0);
    upsert.setString(10, spec);
    upsert.setString(11, state.status().name());
    setInt(upsert, 12, state.pid());
    setInt(upsert, 13, state.exitCode());
    upsert.setString(14, state.startedAt().map(Instant::toString).orElse(null));
    upsert.setString(15, state.finishedAt().map(Instant::toString).orElse(null));
  }

  private static ContainerRecord container(ResultSet row) throws SQLException, BackendException {
    ContainerId id = new ContainerId(row.getString(1));
    ContainerState state = new ContainerState(
        ContainerStatus.valueOf(row.getString(11)),
        optionalInt(row, 12),
        optionalInt(row, 13),
        Optional.ofNullable(row.getString(14)).map(Instant::parse),
        Optional.ofNullable(row.getString(15)).map(Instant::parse));
    return new ContainerRecord(
        id,
        row.getString(2),
        new ImageId(row.getString(3)),
        row.getString(4),
        new LayerKey(row.getString(5)),
        RecordJson.readStrings(row.getString(6), "the command of container " + id),
        Instant.parse(row.getString(7)),
        row.getString(8),
        row.getInt(9) != 0,
        RecordJson.readSpec(row.getString(10), "the runtime spec of container " + id),
        state);
  }

  private static void setInt(PreparedStatement statement, int index, OptionalInt value) throws SQLException {
    if (value.isPresent()) {
      statement.setInt(index, value.getAsInt());
    } else {
      statement.setNull(index, Types.INTEGER);
    }
  }

  private static OptionalInt optionalInt(ResultSet row, int index) throws SQLException {
    int value = row.getInt(index);
    return row.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
  }

  private void requireOpen() {
    if (!open) {
      throw new IllegalStateException("transaction on state database " + database + " used after it ended");
    }
  }

  private void requireWritable() {
    requireOpen();
    if (!writable) {
      throw new IllegalStateException("cannot change state database " + database + " in a read transaction");
    }
  }
}

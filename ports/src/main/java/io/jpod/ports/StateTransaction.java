package io.jpod.ports;

import java.util.List;
import java.util.Optional;

/** The records visible inside one {@link StateStore} transaction. */
public interface StateTransaction {
  Optional<ImageRecord> image(ImageId id) throws BackendException;

  List<ImageRecord> images() throws BackendException;

  /** Inserts or replaces the image with this id. */
  void putImage(ImageRecord image) throws BackendException;

  void deleteImage(ImageId id) throws NotFoundException, BackendException;

  Optional<ContainerRecord> container(ContainerId id) throws BackendException;

  List<ContainerRecord> containers() throws BackendException;

  /** Inserts or replaces the container with this id; fails if another container has its name. */
  void putContainer(ContainerRecord container) throws AlreadyExistsException, BackendException;

  void deleteContainer(ContainerId id) throws NotFoundException, BackendException;

  /** The value of an engine setting the store keeps (such as the storage driver its layers belong to). */
  Optional<String> setting(String key) throws BackendException;

  /** Inserts or replaces an engine setting. */
  void putSetting(String key, String value) throws BackendException;
}

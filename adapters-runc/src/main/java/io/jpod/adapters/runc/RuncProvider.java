package io.jpod.adapters.runc;

import io.jpod.host.oci.ConmonOciRuntime;
import io.jpod.ports.InvalidArgumentException;
import io.jpod.ports.OciRuntime;
import io.jpod.ports.OciRuntimeProvider;
import io.jpod.ports.RuntimeSettings;
import io.jpod.ports.UnavailableException;

/** runc, monitored by conmon. Options: {@code runtime_path} (default /usr/bin/runc), {@code conmon_path}. */
public final class RuncProvider implements OciRuntimeProvider {
  @Override
  public String name() {
    return RuncBinaries.NAME;
  }

  @Override
  public void probe() throws UnavailableException {
    RuncBinaries.DEFAULTS.requireExecutable();
  }

  @Override
  public OciRuntime open(RuntimeSettings settings) throws UnavailableException, InvalidArgumentException {
    RuncBinaries binaries = RuncBinaries.from(settings.options());
    binaries.requireExecutable();
    try {
      return new ConmonOciRuntime(binaries.runtime(), binaries.conmon(), settings.root(), settings.runRoot());
    } catch (IllegalArgumentException e) {
      throw new InvalidArgumentException("cannot open runtime " + name() + ": " + e.getMessage(), e);
    }
  }
}

package io.jpod.adapters.runc;

import io.jpod.ports.OciRuntime;
import io.jpod.ports.RuntimeSettings;
import io.jpod.ports.contract.OciRuntimeContract;

class RuncOciRuntimeIT extends OciRuntimeContract {
  @Override
  protected OciRuntime open(RuntimeSettings settings) throws Exception {
    return new RuncProvider().open(settings);
  }
}

package io.jpod.adapters.archfixtureinjected;

import com.google.inject.Inject;
import io.jpod.cli.archfixture.compliant.Main;
import io.jpod.domain.archfixture.compliant.StartUseCase;

/** Breaks ADAPTERS_SEE_NO_DOMAIN_CLI_OR_GUICE: an adapter injected by Guice, reaching into domain and cli. */
final class InjectedStore {
  private final StartUseCase useCase;
  private final Main main;

  @Inject
  InjectedStore(StartUseCase useCase, Main main) {
    this.useCase = useCase;
    this.main = main;
  }

  String describe() {
    return useCase + " " + main;
  }
}

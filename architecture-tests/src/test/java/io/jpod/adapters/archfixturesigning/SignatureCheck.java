package io.jpod.adapters.archfixturesigning;

import org.bouncycastle.crypto.digests.SHA256Digest;

/** Breaks BOUNCY_CASTLE_ONLY_IN_REGISTRY_ADAPTER: BouncyCastle outside the registry adapter. */
final class SignatureCheck {
  int digestSize() {
    return new SHA256Digest().getDigestSize();
  }
}

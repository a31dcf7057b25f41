"""Signing a backup, so a restore can tell a backup this service made from one edited since.

Checksums alone catch damage, not tampering: whoever edits a row can recompute its SHA-256 in
the manifest. The manifest lists the SHA-256 and size of every other member, so an HMAC of the
manifest's bytes with a key kept out of the backup covers the whole file. The signature is a
member of its own, beside the manifest it signs.
"""

import hashlib
import hmac
import json

SIGNATURE = "signature.json"
ALGORITHM = "HMAC-SHA256"


def key_id(key: bytes) -> str:
    """A short name for a key that reveals nothing of it, so a refusal can say whether the
    backup was signed with another key rather than altered."""
    return hmac.new(key, b"sprcompliance backup signing key id", hashlib.sha256).hexdigest()[:16]


def _mac(manifest: bytes, key: bytes) -> str:
    return hmac.new(key, manifest, hashlib.sha256).hexdigest()


def signature_for(manifest: bytes, key: bytes) -> bytes:
    """The signature member for the manifest's exact bytes."""
    signature = {"algorithm": ALGORITHM, "key_id": key_id(key), "hmac": _mac(manifest, key)}
    return json.dumps(signature, indent=2).encode()


def signature_problem(manifest: bytes, signature: bytes | None, key: bytes) -> str:
    """Why the signature does not vouch for the manifest, or "" when it does."""
    if signature is None:
        return "it is not signed"
    try:
        found = json.loads(signature)
        algorithm, signed_with, mac = found["algorithm"], found["key_id"], found["hmac"]
    except (ValueError, TypeError, KeyError):
        return "its signature cannot be read"
    if algorithm != ALGORITHM or not isinstance(mac, str):
        return "its signature is not an HMAC-SHA256"
    if signed_with != key_id(key):
        return (
            f"it was signed with another key (key id {signed_with}; this server's "
            f"BACKUP_SIGNING_KEY has key id {key_id(key)})"
        )
    if not hmac.compare_digest(mac, _mac(manifest, key)):
        return "its signature does not match its manifest: it was altered after it was made"
    return ""

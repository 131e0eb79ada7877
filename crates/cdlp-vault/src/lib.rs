//! Application-level AEAD encryption of identity fields (names, date of birth, nationality, contact).
//!
//! Key hierarchy: one [`MasterKey`] (32 bytes, from the environment) wraps one random [`DataKey`]
//! per département; only wrapped data keys are stored. Data keys seal individual fields. Both layers
//! use XChaCha20-Poly1305 with random 24-byte nonces, and every output starts with a format version
//! byte ([`FORMAT_VERSION`]) so keys and algorithms can be rotated later.
//!
//! Associated data binds each ciphertext to where it belongs: a wrapped key to its département code,
//! a field to its context (`"75/<dossier uuid>/last_name"`). A ciphertext copied to another
//! département, row or field (e.g. swapping two victims' names in the database) then fails to
//! decrypt instead of silently yielding someone else's identity.
//!
//! Randomness comes from the OS RNG; functions that draw from it panic if it fails.

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
use chacha20poly1305::aead::{Aead, Generate, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use std::fmt;

/// Version byte prefixed to every wrapped key and sealed field.
pub const FORMAT_VERSION: u8 = 1;
const KEY_LEN: usize = 32;
const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;
// Domain separation, prepended to the associated data: a sealed field never unwraps as a key.
const WRAP_LABEL: &[u8] = b"cdlp-vault/v1/wrap\0";
const FIELD_LABEL: &[u8] = b"cdlp-vault/v1/field\0";

/// Vault errors. Messages are internal (logs), never shown to users, and contain no secrets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum VaultError {
    #[error("master key must be base64 encoding exactly 32 bytes")]
    BadMasterKey,
    #[error("ciphertext is malformed (unknown version, too short, or invalid content)")]
    Corrupt,
    #[error("authentication failed: wrong key, wrong context/département, or tampered data")]
    WrongKeyOrContext,
}

/// The master key (32 bytes). `Debug` prints nothing secret.
#[derive(Clone)]
pub struct MasterKey([u8; KEY_LEN]);

/// A per-département data key (32 bytes). `Debug` prints nothing secret.
#[derive(Clone)]
pub struct DataKey([u8; KEY_LEN]);

impl fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MasterKey(<redacted>)")
    }
}

impl fmt::Debug for DataKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DataKey(<redacted>)")
    }
}

impl MasterKey {
    /// Parses base64 (standard or URL-safe, padded or not, surrounding whitespace ignored)
    /// decoding to exactly 32 bytes.
    pub fn from_base64(s: &str) -> Result<Self, VaultError> {
        let s = s.trim();
        [STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD]
            .iter()
            .find_map(|engine| engine.decode(s).ok())
            .and_then(|bytes| bytes.try_into().ok())
            .map(Self)
            .ok_or(VaultError::BadMasterKey)
    }

    /// A random master key, for the demo and tests.
    pub fn generate() -> Self {
        Self(<[u8; KEY_LEN]>::generate())
    }

    /// Standard padded base64, accepted by [`MasterKey::from_base64`].
    pub fn to_base64(&self) -> String {
        STANDARD.encode(self.0)
    }

    /// A new random data key for a département, returned with its wrapped (encrypted) form to
    /// store. `department_code` is bound as associated data, so a wrapped key moved to another
    /// département fails to unwrap.
    pub fn new_data_key(&self, department_code: &str) -> (DataKey, Vec<u8>) {
        let key = DataKey(<[u8; KEY_LEN]>::generate());
        let wrapped = seal_bytes(&self.0, WRAP_LABEL, department_code, &key.0);
        (key, wrapped)
    }

    /// Unwraps a key made by [`MasterKey::new_data_key`] for the same département.
    pub fn unwrap_data_key(
        &self,
        department_code: &str,
        wrapped: &[u8],
    ) -> Result<DataKey, VaultError> {
        let bytes = open_bytes(&self.0, WRAP_LABEL, department_code, wrapped)?;
        Ok(DataKey(bytes.try_into().map_err(|_| VaultError::Corrupt)?))
    }
}

impl DataKey {
    /// Encrypts one field. `context` is bound as associated data: callers pass e.g.
    /// `"75/<dossier uuid>/last_name"`, so a ciphertext copied to another row or field does not
    /// decrypt. Output: version byte ‖ 24-byte random nonce ‖ ciphertext+tag.
    pub fn seal(&self, context: &str, plaintext: &str) -> Vec<u8> {
        seal_bytes(&self.0, FIELD_LABEL, context, plaintext.as_bytes())
    }

    /// Decrypts a field sealed by [`DataKey::seal`] with the same key and context.
    pub fn open(&self, context: &str, sealed: &[u8]) -> Result<String, VaultError> {
        let bytes = open_bytes(&self.0, FIELD_LABEL, context, sealed)?;
        String::from_utf8(bytes).map_err(|_| VaultError::Corrupt)
    }
}

fn seal_bytes(key: &[u8; KEY_LEN], label: &[u8], context: &str, msg: &[u8]) -> Vec<u8> {
    let nonce = XNonce::generate();
    let aad = [label, context.as_bytes()].concat();
    let ciphertext = XChaCha20Poly1305::new(&Key::from(*key))
        .encrypt(&nonce, Payload { msg, aad: &aad })
        .expect("XChaCha20Poly1305 only fails on inputs of hundreds of GiB");
    [&[FORMAT_VERSION][..], &nonce, &ciphertext].concat()
}

fn open_bytes(
    key: &[u8; KEY_LEN],
    label: &[u8],
    context: &str,
    sealed: &[u8],
) -> Result<Vec<u8>, VaultError> {
    let rest = match sealed.split_first() {
        Some((&FORMAT_VERSION, rest)) if rest.len() >= NONCE_LEN + TAG_LEN => rest,
        _ => return Err(VaultError::Corrupt),
    };
    let (nonce, msg) = rest.split_at(NONCE_LEN);
    let nonce = XNonce::try_from(nonce).map_err(|_| VaultError::Corrupt)?;
    let aad = [label, context.as_bytes()].concat();
    XChaCha20Poly1305::new(&Key::from(*key))
        .decrypt(&nonce, Payload { msg, aad: &aad })
        .map_err(|_| VaultError::WrongKeyOrContext)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const CTX: &str = "75/0190a0b2-7c3e-7d4f-8a1b-2c3d4e5f6a7b/last_name";
    use VaultError::{BadMasterKey, Corrupt, WrongKeyOrContext};

    fn data_key() -> DataKey {
        MasterKey::generate().new_data_key("75").0
    }

    #[test]
    fn round_trip_and_format() {
        let master = MasterKey::generate();
        let (key, wrapped) = master.new_data_key("75");
        assert_eq!(wrapped.len(), 1 + NONCE_LEN + KEY_LEN + TAG_LEN);
        let sealed = key.seal(CTX, "Dupont-Ndiaye");
        assert_eq!(sealed[0], FORMAT_VERSION);
        assert_eq!(
            sealed.len(),
            1 + NONCE_LEN + "Dupont-Ndiaye".len() + TAG_LEN
        );
        assert_eq!(key.open(CTX, &sealed).unwrap(), "Dupont-Ndiaye");
        // After a restart: master key reloaded from base64, data key unwrapped from storage.
        let master = MasterKey::from_base64(&master.to_base64()).unwrap();
        let unwrapped = master.unwrap_data_key("75", &wrapped).unwrap();
        assert_eq!(unwrapped.open(CTX, &sealed).unwrap(), "Dupont-Ndiaye");
    }

    #[test]
    fn tampered_or_truncated_ciphertext_fails() {
        let key = data_key();
        let sealed = key.seal(CTX, "1990-04-12");
        for i in 0..sealed.len() {
            let mut bad = sealed.clone();
            bad[i] ^= 0x01;
            assert!(key.open(CTX, &bad).is_err(), "flip at byte {i} accepted");
        }
        assert_eq!(key.open(CTX, &[]), Err(Corrupt));
        assert_eq!(key.open(CTX, &sealed[..NONCE_LEN + TAG_LEN]), Err(Corrupt));
        assert_eq!(
            key.open(CTX, &sealed[..sealed.len() - 1]),
            Err(WrongKeyOrContext)
        );
        let mut version_2 = sealed.clone();
        version_2[0] = 2;
        assert_eq!(key.open(CTX, &version_2), Err(Corrupt));
    }

    #[test]
    fn wrong_context_or_key_fails() {
        let key = data_key();
        let sealed = key.seal(CTX, "Amina");
        let other_field = "75/0190a0b2-7c3e-7d4f-8a1b-2c3d4e5f6a7b/first_name";
        let other_row = "75/0190a0b2-7c3e-7d4f-8a1b-2c3d4e5f6a7c/last_name";
        assert_eq!(key.open(other_field, &sealed), Err(WrongKeyOrContext));
        assert_eq!(key.open(other_row, &sealed), Err(WrongKeyOrContext));
        assert_eq!(data_key().open(CTX, &sealed), Err(WrongKeyOrContext));
    }

    #[test]
    fn wrapped_key_bound_to_department_and_master() {
        let master = MasterKey::generate();
        let (_, wrapped) = master.new_data_key("75");
        assert_eq!(
            master.unwrap_data_key("93", &wrapped).unwrap_err(),
            WrongKeyOrContext
        );
        let other = MasterKey::generate();
        assert_eq!(
            other.unwrap_data_key("75", &wrapped).unwrap_err(),
            WrongKeyOrContext
        );
        // Domain separation: a 32-byte field sealed under the same key bytes is not a wrapped key.
        let field = DataKey(master.0).seal("75", "0123456789abcdef0123456789abcdef");
        assert_eq!(
            master.unwrap_data_key("75", &field).unwrap_err(),
            WrongKeyOrContext
        );
    }

    #[test]
    fn encryption_is_randomized() {
        let (master, key) = (MasterKey::generate(), data_key());
        assert_ne!(key.seal(CTX, "Amina"), key.seal(CTX, "Amina"));
        assert_ne!(master.new_data_key("75").1, master.new_data_key("75").1);
    }

    #[test]
    fn from_base64_accepts_all_variants() {
        // Chosen so the encodings contain both '+'/'-' and '/'/'_' and need padding.
        let bytes: [u8; 32] = std::array::from_fn(|i| if i % 2 == 0 { 0xfb } else { 0xff });
        for engine in [STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD] {
            let encoded = engine.encode(bytes);
            let key = MasterKey::from_base64(&format!("{encoded}\n")).unwrap();
            assert_eq!(key.0, bytes, "{encoded}");
            assert_eq!(key.to_base64(), STANDARD.encode(bytes));
        }
    }

    #[test]
    fn from_base64_rejects_bad_input() {
        for len in [0, 16, 31, 33, 64] {
            let encoded = STANDARD.encode(vec![7u8; len]);
            assert_eq!(MasterKey::from_base64(&encoded).unwrap_err(), BadMasterKey);
        }
        let valid = MasterKey::generate().to_base64();
        let bad_char = format!("*{}", &valid[1..]);
        for bad in ["", "not base64 at all!", &bad_char, &format!("{valid}=")] {
            assert_eq!(
                MasterKey::from_base64(bad).unwrap_err(),
                BadMasterKey,
                "{bad}"
            );
        }
    }

    #[test]
    fn debug_reveals_no_key_material() {
        let master = MasterKey::generate();
        let (key, _) = master.new_data_key("75");
        let secrets = [
            master.to_base64(),
            STANDARD.encode(key.0),
            format!("{:?}", key.0),
        ];
        for debug in [format!("{master:?}"), format!("{key:?}")] {
            for secret in &secrets {
                assert!(
                    !debug.contains(secret) && !debug.contains(&secret[..8]),
                    "{debug}"
                );
            }
        }
    }

    proptest! {
        #[test]
        fn prop_round_trip(context in any::<String>(), plaintext in any::<String>()) {
            let key = data_key();
            prop_assert_eq!(key.open(&context, &key.seal(&context, &plaintext)).unwrap(), plaintext);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("le mot de passe doit compter au moins 12 caractères")]
    TooShort,
    #[error("le mot de passe ne peut dépasser 128 caractères")]
    TooLong,
}

/// ANSSI-style length rule: long passphrases over composition rules.
pub fn check_password_policy(password: &str) -> Result<(), PasswordError> {
    let n = password.chars().count();
    if n < 12 {
        Err(PasswordError::TooShort)
    } else if n > 128 {
        Err(PasswordError::TooLong)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_bounds() {
        assert_eq!(check_password_policy("court"), Err(PasswordError::TooShort));
        assert!(check_password_policy("une phrase de passe").is_ok());
        assert_eq!(
            check_password_policy(&"x".repeat(129)),
            Err(PasswordError::TooLong)
        );
    }
}

//! What the decision letters need from the prefecture: who signs them (CRPA L.212-1), and that
//! every name they print can be printed.

use cdlp_db::{audit, signatories};
use cdlp_domain::Role;
use serde_json::json;
use unicode_normalization::UnicodeNormalization;

use super::{Principal, Services, parse_department, required_text};
use crate::ApiError;

pub struct SetSignatory {
    pub department_code: String,
    pub first_name: String,
    pub last_name: String,
    pub quality: String,
    pub delegation: Option<String>,
    pub tribunal: Option<String>,
    /// The version the admin saw; none when there was no signatory yet.
    pub expected_version: Option<i32>,
}

/// Who reads the signatory: the prefecture's staff (associations see it on the letters).
const READERS: [Role; 2] = [Role::PrefectureAdmin, Role::PrefectureAgent];

/// `raw` trimmed, NFC-normalised (as stored and printed), and refused with a message naming
/// the character when no font of the documents can print it: a name must come out of the
/// letter as it was typed.
pub fn printable_name(field: &'static str, raw: &str, max: usize) -> Result<String, ApiError> {
    let text: String = raw.nfc().collect();
    let text = required_text(field, &text, max)?;
    if let Some(c) = text.chars().find(|c| c.is_control()) {
        return Err(ApiError::bad_input(
            field,
            format!("caractère de contrôle U+{:04X} refusé", c as u32),
        ));
    }
    let fonts =
        cdlp_docs::Fonts::global().map_err(|e| ApiError::Internal(format!("fonts: {e}")))?;
    match fonts.missing_glyph(&text) {
        None => Ok(text),
        Some(c) => Err(ApiError::bad_input(
            field,
            format!(
                "le caractère « {c} » (U+{:04X}) ne peut pas être imprimé sur les courriers : \
                 saisissez le nom en caractères latins, cyrilliques, grecs, arabes, hébreux, \
                 chinois, japonais ou coréens, par exemple",
                c as u32
            ),
        )),
    }
}

fn optional(
    field: &'static str,
    raw: Option<&str>,
    max: usize,
) -> Result<Option<String>, ApiError> {
    match raw.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => printable_name(field, v, max).map(Some),
    }
}

impl Services {
    /// Who signs the département's decisions, if recorded.
    pub async fn decision_signatory(
        &self,
        principal: &Principal,
        code: &str,
    ) -> Result<Option<signatories::SignatoryRow>, ApiError> {
        let code = parse_department(code)?;
        let role = principal.role_in(&code, &READERS)?;
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let row = signatories::get(&mut tx, &code).await?;
        tx.commit().await?;
        Ok(row)
    }

    /// Records who signs the département's decisions (prefecture admins).
    pub async fn set_decision_signatory(
        &self,
        principal: &Principal,
        input: SetSignatory,
    ) -> Result<signatories::SignatoryRow, ApiError> {
        let code = parse_department(&input.department_code)?;
        let role = principal.role_in(&code, &[Role::PrefectureAdmin])?;
        let first_name = printable_name("firstName", &input.first_name, 100)?;
        let last_name = printable_name("lastName", &input.last_name, 100)?;
        let quality = printable_name("quality", &input.quality, 300)?;
        let delegation = optional("delegation", input.delegation.as_deref(), 300)?;
        let tribunal = optional("tribunal", input.tribunal.as_deref(), 200)?;
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let row = signatories::set(
            &mut tx,
            &code,
            &signatories::NewSignatory {
                first_name: &first_name,
                last_name: &last_name,
                quality: &quality,
                delegation: delegation.as_deref().unwrap_or(""),
                tribunal: tribunal.as_deref(),
            },
            input.expected_version,
            principal.user_id,
        )
        .await?
        .ok_or_else(|| {
            ApiError::Conflict("le signataire a été modifié entre-temps : rechargez la page".into())
        })?;
        audit::append(
            &mut tx,
            audit::Entry {
                department: Some(&code),
                actor_user_id: Some(principal.user_id),
                actor_role: Some(role.as_str()),
                action: "signatory.set",
                target_type: Some("decision_signatory"),
                target_id: Some(code.to_string()),
                details: json!({ "version": row.version }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(row)
    }
}

/// The signatory as the letters print it.
pub(crate) fn letter_signatory(row: signatories::SignatoryRow) -> cdlp_docs::Signatory {
    cdlp_docs::Signatory {
        first_name: row.first_name,
        last_name: row.last_name,
        quality: row.quality,
        delegation: row.delegation,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_nfc_and_printable() {
        assert_eq!(
            printable_name("f", "  S\u{326}tefania ", 100).unwrap(),
            "\u{218}tefania"
        );
        for name in ["王芳", "فاطمة", "Ελένη", "Анастасия", "Adébáyọ̀", "Nguyễn"]
        {
            assert!(printable_name("f", name, 100).is_ok(), "{name}");
        }
        match printable_name("identity.lastName", "Ahmose 𓀀", 100) {
            Err(ApiError::BadUserInput { message, field }) => {
                assert_eq!(field, Some("identity.lastName"));
                assert!(
                    message.contains("𓀀") && message.contains("U+13000"),
                    "{message}"
                );
            }
            other => panic!("{other:?}"),
        }
        assert!(printable_name("f", "a\u{7}b", 100).is_err());
        assert!(printable_name("f", "   ", 100).is_err());
    }
}

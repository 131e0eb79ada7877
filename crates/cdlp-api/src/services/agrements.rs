//! Associations and their agrément in each département: the registry, the request and its
//! instruction (missing pieces, completeness, tacit agrément), decisions, renewal, suspension,
//! withdrawal and expiry, the commission's optional avis, transfers of dossiers to another
//! accredited association, association teams and the public directory.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use cdlp_db::agrements::{self, AgrementRow, RegistryRow, TransferRow};
use cdlp_db::{Context, Tx, accounts, audit, dossiers};
use cdlp_domain::agrement::{
    AgrementAction, AgrementError, AgrementStatus, eligible, next_status, validity,
};
use cdlp_domain::{DepartmentCode, Email, Membership, Rna, Role, Scope, Siret, authorize_invite};
use chrono::NaiveDate;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::accounts::InvitationRequest;
use super::dossiers::{DossierActor, event};
use super::notices::Notice;
use super::{Principal, Services, parse_department, required_text};
use crate::ApiError;

pub struct RegisterAssociation {
    pub name: String,
    pub rna: String,
    pub siret: String,
    pub seat_address: String,
    pub seat_department_code: String,
    pub declared_on: NaiveDate,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    /// The legal representative, invited as the association's first admin.
    pub admin_email: String,
}

pub struct PieceInput {
    pub kind: String,
    pub filename: String,
    pub content_type: String,
    pub content_base64: String,
}

pub struct AgrementDecision {
    pub granted: bool,
    pub arrete_reference: Option<String>,
    pub start_date: Option<NaiveDate>,
    pub reasons: Option<String>,
}

/// The pieces the arrêté of 4 Nov 2016 asks for.
const REQUIRED_PIECES: [&str; 4] = [
    "GA_DELIBERATION",
    "MEANS_AND_PARTNERS",
    "STAFF_TRAINING",
    "ASSOCIATION_IDENTITY",
];
const PIECE_KINDS: [&str; 5] = [
    "GA_DELIBERATION",
    "MEANS_AND_PARTNERS",
    "STAFF_TRAINING",
    "ASSOCIATION_IDENTITY",
    "OTHER",
];
const PIECE_TYPES: [&str; 3] = ["application/pdf", "image/jpeg", "image/png"];
const PIECE_MAX_BYTES: usize = 10 * 1024 * 1024;
const STAFF: [Role; 2] = [Role::PrefectureAdmin, Role::PrefectureAgent];

fn agrement_error(e: AgrementError) -> ApiError {
    ApiError::bad_input("status", e)
}

fn status_of(row: &AgrementRow) -> Result<AgrementStatus, ApiError> {
    AgrementStatus::parse(&row.status)
        .ok_or_else(|| ApiError::Internal("unknown agrément status".into()))
}

fn optional_text(
    field: &'static str,
    v: Option<String>,
    max: usize,
) -> Result<Option<String>, ApiError> {
    match v.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) => required_text(field, t, max).map(Some),
    }
}

impl Principal {
    /// The association this person administers (the one named, or their only one).
    fn association_admin_of(&self, association: Option<Uuid>) -> Result<Uuid, ApiError> {
        let mut admin_of = self
            .memberships
            .iter()
            .filter_map(|m| match (&m.scope, m.role) {
                (Scope::Association(id), Role::AssociationAdmin) => Some(*id),
                _ => None,
            });
        match association {
            Some(id) => admin_of.find(|a| *a == id),
            None => admin_of.next(),
        }
        .ok_or_else(|| ApiError::Forbidden("réservé aux administrateurs de l'association".into()))
    }

    /// Every association this person works for.
    fn associations(&self) -> Vec<Uuid> {
        let mut ids: Vec<Uuid> = self
            .memberships
            .iter()
            .filter_map(|m| match (&m.scope, m.role) {
                (Scope::Association(id), Role::AssociationAdmin | Role::AssociationWorker) => {
                    Some(*id)
                }
                _ => None,
            })
            .collect();
        ids.dedup();
        ids
    }
}

impl Services {
    // ---- the registry ----

    /// An association signs up (or prefecture staff register it); its legal representative
    /// is invited as its first admin. RNA and SIRET are unique nationally.
    pub async fn register_association(
        &self,
        principal: Option<&Principal>,
        input: RegisterAssociation,
    ) -> Result<RegistryRow, ApiError> {
        let name = required_text("name", &input.name, 300)?;
        let rna = Rna::parse(&input.rna).map_err(|e| ApiError::bad_input("rna", e))?;
        let siret = Siret::parse(&input.siret).map_err(|e| ApiError::bad_input("siret", e))?;
        let seat_address = required_text("seatAddress", &input.seat_address, 500)?;
        let seat = parse_department(&input.seat_department_code).map_err(|_| {
            ApiError::bad_input("seatDepartmentCode", "code de département invalide")
        })?;
        let admin =
            Email::parse(&input.admin_email).map_err(|e| ApiError::bad_input("adminEmail", e))?;
        let contact_email = match input
            .contact_email
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            Some(e) => Some(
                Email::parse(e)
                    .map_err(|e| ApiError::bad_input("contactEmail", e))?
                    .as_str()
                    .to_owned(),
            ),
            None => None,
        };
        let contact_phone = optional_text("contactPhone", input.contact_phone, 40)?;
        if input.declared_on > self.today() {
            return Err(ApiError::bad_input(
                "declaredOn",
                "la date de déclaration ne peut être future",
            ));
        }
        let actor_user = principal.map(|p| p.user_id);
        let ctx = Context {
            user_id: actor_user,
            role: Some("REGISTRATION"),
            ..Context::default()
        };
        let mut tx = self.db.begin(&ctx).await?;
        let row = agrements::insert_association(
            &mut tx,
            agrements::NewAssociation {
                name: &name,
                rna: rna.as_str(),
                siret: siret.as_str(),
                seat_address: &seat_address,
                seat_department_code: seat.as_str(),
                declared_on: input.declared_on,
                contact_email: contact_email.as_deref(),
                contact_phone: contact_phone.as_deref(),
            },
        )
        .await
        .map_err(|e| match e {
            cdlp_db::DbError::Unique(c) if c.contains("rna") => {
                ApiError::Conflict("une association portant ce numéro RNA est déjà inscrite".into())
            }
            cdlp_db::DbError::Unique(c) if c.contains("siret") => ApiError::Conflict(
                "une association portant ce numéro SIRET est déjà inscrite".into(),
            ),
            other => other.into(),
        })?;
        cdlp_db::set_association(&mut tx, row.id).await?;
        let membership = Membership {
            role: Role::AssociationAdmin,
            scope: Scope::Association(row.id),
        };
        self.issue_invitation(
            &mut tx,
            InvitationRequest {
                invited_by: actor_user,
                acting: "REGISTRATION",
                email: &admin,
                membership: &membership,
                department_codes: None,
            },
        )
        .await?;
        audit::append(
            &mut tx,
            audit::Entry {
                department: None,
                actor_user_id: actor_user,
                actor_role: Some("REGISTRATION"),
                action: "association.registered",
                target_type: Some("association"),
                target_id: Some(row.id.to_string()),
                details: json!({ "seat": seat.as_str() }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(row)
    }

    /// The registry: prefecture staff and the operator search it; association staff see theirs.
    pub async fn associations(
        &self,
        principal: &Principal,
        search: Option<String>,
    ) -> Result<Vec<RegistryRow>, ApiError> {
        let staff = principal.is_operator()
            || principal
                .memberships
                .iter()
                .any(|m| matches!(m.role, Role::PrefectureAdmin | Role::PrefectureAgent));
        let own = principal.associations();
        if !staff && own.is_empty() {
            return Err(ApiError::forbidden());
        }
        let search = search
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty());
        let mut tx = self
            .db
            .begin(&Context {
                user_id: Some(principal.user_id),
                ..Context::default()
            })
            .await?;
        let rows = agrements::registry(
            &mut tx,
            search.as_deref(),
            if staff { None } else { Some(&own) },
        )
        .await?;
        tx.commit().await?;
        Ok(rows)
    }

    /// Changes the départements a worker of the association may work in (none: all).
    pub async fn set_worker_departments(
        &self,
        principal: &Principal,
        association_id: Uuid,
        user_id: Uuid,
        department_codes: Option<Vec<String>>,
    ) -> Result<(), ApiError> {
        principal.association_admin_of(Some(association_id))?;
        let codes = department_limit(department_codes)?;
        let ctx = Context {
            user_id: Some(principal.user_id),
            role: Some(Role::AssociationAdmin.as_str()),
            association_id: Some(association_id),
            ..Context::default()
        };
        let mut tx = self.db.begin(&ctx).await?;
        if !accounts::set_worker_departments(&mut tx, user_id, association_id, codes.as_deref())
            .await?
        {
            return Err(ApiError::not_found("intervenant"));
        }
        audit::append(
            &mut tx,
            audit::Entry {
                department: None,
                actor_user_id: Some(principal.user_id),
                actor_role: Some(Role::AssociationAdmin.as_str()),
                action: "membership.departments_set",
                target_type: Some("user"),
                target_id: Some(user_id.to_string()),
                details: json!({ "associationId": association_id, "departmentCodes": codes }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// An association admin invites a colleague, a worker possibly limited to some départements.
    pub async fn invite_association_member(
        &self,
        principal: &Principal,
        association_id: Uuid,
        email: &str,
        role: Role,
        department_codes: Option<Vec<String>>,
    ) -> Result<accounts::InvitationRow, ApiError> {
        let email = Email::parse(email).map_err(|e| ApiError::bad_input("email", e))?;
        let scope = Scope::Association(association_id);
        if !matches!(role, Role::AssociationAdmin | Role::AssociationWorker) {
            return Err(ApiError::bad_input(
                "role",
                "une association invite des administrateurs ou des intervenants",
            ));
        }
        let acting = authorize_invite(&principal.memberships, role, &scope)
            .map_err(|d| ApiError::Forbidden(d.to_string()))?
            .role;
        let codes = department_limit(department_codes)?;
        let ctx = Context {
            user_id: Some(principal.user_id),
            role: Some(acting.as_str()),
            association_id: Some(association_id),
            ..Context::default()
        };
        let mut tx = self.db.begin(&ctx).await?;
        let membership = Membership { role, scope };
        let invitation = self
            .issue_invitation(
                &mut tx,
                InvitationRequest {
                    invited_by: Some(principal.user_id),
                    acting: acting.as_str(),
                    email: &email,
                    membership: &membership,
                    department_codes: codes.as_deref(),
                },
            )
            .await?;
        tx.commit().await?;
        Ok(invitation)
    }

    // ---- requests and instruction ----

    /// The association's legal representative asks for an agrément in some départements:
    /// one request per département, with the required pieces.
    pub async fn request_agrement(
        &self,
        principal: &Principal,
        association: Option<Uuid>,
        department_codes: Vec<String>,
        pieces: Vec<PieceInput>,
    ) -> Result<Vec<AgrementRow>, ApiError> {
        let association_id = principal.association_admin_of(association)?;
        let mut codes = department_codes
            .iter()
            .map(|c| parse_department(c))
            .collect::<Result<Vec<_>, _>>()?;
        codes.sort_by_key(DepartmentCode::sort_key);
        codes.dedup();
        if codes.is_empty() {
            return Err(ApiError::bad_input(
                "departmentCodes",
                "indiquez au moins un département",
            ));
        }
        let pieces = self.check_pieces(pieces)?;
        let missing: Vec<&str> = REQUIRED_PIECES
            .iter()
            .copied()
            .filter(|k| !pieces.iter().any(|(p, _)| p.kind == *k))
            .collect();
        if !missing.is_empty() {
            return Err(ApiError::bad_input(
                "pieces",
                format!("pièces manquantes : {}", missing.join(", ")),
            ));
        }
        let ctx = Context {
            user_id: Some(principal.user_id),
            role: Some(Role::AssociationAdmin.as_str()),
            association_id: Some(association_id),
            ..Context::default()
        };
        let mut tx = self.db.begin(&ctx).await?;
        let registry = agrements::registry_entry(&mut tx, association_id)
            .await?
            .ok_or_else(|| ApiError::not_found("association"))?;
        let declared = registry.declared_on.ok_or_else(|| {
            ApiError::bad_input(
                "declaredOn",
                "la date de déclaration de l'association manque",
            )
        })?;
        let today = self.today();
        if !eligible(declared, today) {
            return Err(agrement_error(AgrementError::NotEligible).with_field("associationId"));
        }
        let mut rows = Vec::new();
        for code in &codes {
            cdlp_db::jobs::enter(&mut tx, code, Some(association_id)).await?;
            let row = agrements::insert_request(
                &mut tx,
                code,
                association_id,
                today,
                principal.user_id,
                None,
            )
            .await
            .map_err(|e| match e {
                cdlp_db::DbError::Unique(_) => ApiError::Conflict(format!(
                    "une demande est déjà en cours dans le département {code}"
                )),
                other => other.into(),
            })?;
            for (piece, bytes) in &pieces {
                self.store_piece(&mut tx, code, &row, piece, bytes, principal.user_id)
                    .await?;
            }
            self.agrement_step_log(
                &mut tx,
                code,
                &row,
                Some(principal.user_id),
                "ASSOCIATION_ADMIN",
                "REQUESTED",
                json!({ "pieces": pieces.len() }),
            )
            .await?;
            self.notify_prefecture(
                &mut tx,
                code,
                &format!("Nouvelle demande d'agrément : {}", registry.name),
            )
            .await?;
            rows.push(row);
        }
        tx.commit().await?;
        Ok(rows)
    }

    fn check_pieces(
        &self,
        pieces: Vec<PieceInput>,
    ) -> Result<Vec<(PieceInput, Vec<u8>)>, ApiError> {
        pieces
            .into_iter()
            .map(|p| {
                if !PIECE_KINDS.contains(&p.kind.as_str()) {
                    return Err(ApiError::bad_input(
                        "pieces",
                        format!("type de pièce inconnu : {}", p.kind),
                    ));
                }
                if !PIECE_TYPES.contains(&p.content_type.as_str()) {
                    return Err(ApiError::bad_input(
                        "pieces",
                        "formats acceptés : PDF, JPEG, PNG",
                    ));
                }
                let bytes = STANDARD
                    .decode(p.content_base64.trim())
                    .map_err(|_| ApiError::bad_input("pieces", "contenu base64 invalide"))?;
                if bytes.is_empty() || bytes.len() > PIECE_MAX_BYTES {
                    return Err(ApiError::bad_input(
                        "pieces",
                        "une pièce pèse au plus 10 Mio",
                    ));
                }
                if !cdlp_domain::files::content_matches(&p.content_type, &bytes) {
                    return Err(ApiError::bad_input(
                        "pieces",
                        "le contenu d'une pièce ne correspond pas à son format déclaré",
                    ));
                }
                let mut p = p;
                p.filename = cdlp_domain::files::sanitize_filename(&required_text(
                    "pieces",
                    &p.filename,
                    500,
                )?);
                Ok((p, bytes))
            })
            .collect()
    }

    async fn store_piece(
        &self,
        tx: &mut Tx,
        code: &DepartmentCode,
        row: &AgrementRow,
        piece: &PieceInput,
        bytes: &[u8],
        by: Uuid,
    ) -> Result<(), ApiError> {
        let key = format!("{code}/agrements/{}/{}", row.id, Uuid::new_v4());
        self.storage.put(&key, bytes).await?;
        agrements::insert_piece(
            tx,
            code,
            agrements::NewPiece {
                agrement_id: row.id,
                association_id: row.association_id,
                kind: &piece.kind,
                filename: piece.filename.trim(),
                content_type: &piece.content_type,
                size_bytes: bytes.len() as i32,
                sha256: &hex::encode(Sha256::digest(bytes)),
                storage_key: &key,
                uploaded_by: by,
            },
        )
        .await?;
        Ok(())
    }

    /// The association supplies a piece (after a request for missing pieces, say).
    pub async fn add_agrement_piece(
        &self,
        principal: &Principal,
        code: &str,
        id: Uuid,
        piece: PieceInput,
    ) -> Result<AgrementRow, ApiError> {
        let code = parse_department(code)?;
        let mut pieces = self.check_pieces(vec![piece])?;
        let (piece, bytes) = pieces
            .pop()
            .ok_or_else(|| ApiError::bad_input("piece", "pièce manquante"))?;
        let (mut tx, row) = self
            .lock_agrement_as_association(principal, &code, id)
            .await?;
        if !status_of(&row)?.is_open() {
            return Err(ApiError::bad_input("status", "cette demande est close"));
        }
        self.store_piece(&mut tx, &code, &row, &piece, &bytes, principal.user_id)
            .await?;
        self.agrement_step_log(
            &mut tx,
            &code,
            &row,
            Some(principal.user_id),
            "ASSOCIATION_ADMIN",
            "PIECE_ADDED",
            json!({ "kind": piece.kind }),
        )
        .await?;
        let row = agrements::save(&mut tx, &row).await?;
        tx.commit().await?;
        Ok(row)
    }

    async fn lock_agrement_as_association(
        &self,
        principal: &Principal,
        code: &DepartmentCode,
        id: Uuid,
    ) -> Result<(Tx, AgrementRow), ApiError> {
        for association_id in principal.associations() {
            let Ok(_) = principal.association_admin_of(Some(association_id)) else {
                continue;
            };
            let ctx = Context {
                user_id: Some(principal.user_id),
                role: Some(Role::AssociationAdmin.as_str()),
                department: Some(code.clone()),
                association_id: Some(association_id),
                invitation_hash: None,
            };
            let mut tx = self.db.begin(&ctx).await?;
            if let Some(row) = agrements::lock(&mut tx, code, id).await? {
                return Ok((tx, row));
            }
        }
        Err(ApiError::not_found("agrément"))
    }

    /// Prefecture side: locks the agrément, checks the version, and gives the acting role.
    async fn lock_agrement_as_prefecture(
        &self,
        principal: &Principal,
        code: &DepartmentCode,
        id: Uuid,
        version: Option<i32>,
    ) -> Result<(Tx, Role, AgrementRow), ApiError> {
        let role = principal.role_in(code, &STAFF)?;
        let mut tx = self.db.begin(&principal.in_department(code, role)).await?;
        let row = agrements::lock(&mut tx, code, id)
            .await?
            .ok_or_else(|| ApiError::not_found("agrément"))?;
        if version.is_some_and(|v| v != row.version) {
            return Err(ApiError::Conflict(
                "l'agrément a changé depuis votre lecture : rechargez-le".into(),
            ));
        }
        Ok((tx, role, row))
    }

    pub async fn request_missing_pieces(
        &self,
        principal: &Principal,
        code: &str,
        id: Uuid,
        version: i32,
        missing: &str,
    ) -> Result<AgrementRow, ApiError> {
        let code = parse_department(code)?;
        let missing = required_text("missing", missing, 2_000)?;
        let (mut tx, role, mut row) = self
            .lock_agrement_as_prefecture(principal, &code, id, Some(version))
            .await?;
        let today = self.today();
        let requested_on = row.requested_on.unwrap_or(today);
        row.status = next_status(
            status_of(&row)?,
            AgrementAction::RequestMissingPieces,
            requested_on,
            today,
        )
        .map_err(agrement_error)?
        .as_str()
        .into();
        row.missing_pieces = Some(missing.clone());
        row.missing_pieces_notified_on = Some(today);
        self.agrement_step_log(
            &mut tx,
            &code,
            &row,
            Some(principal.user_id),
            role.as_str(),
            "MISSING_PIECES",
            json!({}),
        )
        .await?;
        self.notify_association(&mut tx, &code, row.association_id, "Pièces manquantes à votre demande d'agrément", &format!(
            "Bonjour,\n\nLa préfecture demande les pièces suivantes pour instruire votre demande d'agrément dans le département {code} :\n{missing}\n"
        ))
        .await?;
        let row = agrements::save(&mut tx, &row).await?;
        tx.commit().await?;
        Ok(row)
    }

    pub async fn mark_agrement_complete(
        &self,
        principal: &Principal,
        code: &str,
        id: Uuid,
        version: i32,
    ) -> Result<AgrementRow, ApiError> {
        let code = parse_department(code)?;
        let (mut tx, role, mut row) = self
            .lock_agrement_as_prefecture(principal, &code, id, Some(version))
            .await?;
        let today = self.today();
        row.status = next_status(
            status_of(&row)?,
            AgrementAction::MarkComplete,
            row.requested_on.unwrap_or(today),
            today,
        )
        .map_err(agrement_error)?
        .as_str()
        .into();
        row.completed_on = Some(today);
        self.agrement_step_log(
            &mut tx,
            &code,
            &row,
            Some(principal.user_id),
            role.as_str(),
            "COMPLETE",
            json!({}),
        )
        .await?;
        self.notify_association(
            &mut tx,
            &code,
            row.association_id,
            "Votre demande d'agrément est complète",
            &format!(
                "Bonjour,\n\nLa préfecture a reçu toutes les pièces de votre demande d'agrément dans le département {code}. \
                 Sans décision dans les quatre mois, l'agrément sera réputé accordé (article R.121-12-3 du CASF).\n"
            ),
        )
        .await?;
        let row = agrements::save(&mut tx, &row).await?;
        tx.commit().await?;
        Ok(row)
    }

    pub async fn decide_agrement(
        &self,
        principal: &Principal,
        code: &str,
        id: Uuid,
        version: i32,
        d: AgrementDecision,
    ) -> Result<AgrementRow, ApiError> {
        let code = parse_department(code)?;
        let (mut tx, role, mut row) = self
            .lock_agrement_as_prefecture(principal, &code, id, Some(version))
            .await?;
        let today = self.today();
        let action = if d.granted {
            AgrementAction::Grant
        } else {
            AgrementAction::Refuse
        };
        let next = next_status(
            status_of(&row)?,
            action,
            row.requested_on.unwrap_or(today),
            today,
        )
        .map_err(agrement_error)?;
        let reasons = optional_text("reasons", d.reasons, 5_000)?;
        if d.granted {
            let arrete =
                optional_text("arreteReference", d.arrete_reference, 200)?.ok_or_else(|| {
                    ApiError::bad_input(
                        "arreteReference",
                        "la référence de l'arrêté est obligatoire",
                    )
                })?;
            // A renewal runs on from the agrément it renews.
            let previous_end = match row.renewal_of {
                Some(prev) => agrements::get(&mut tx, &code, prev)
                    .await?
                    .and_then(|p| p.valid_until),
                None => None,
            };
            if let Some(start) = d.start_date
                && row.requested_on.is_some_and(|r| start < r)
            {
                return Err(ApiError::bad_input(
                    "startDate",
                    "l'agrément ne peut prendre effet avant la demande",
                ));
            }
            let start = d
                .start_date
                .or(previous_end
                    .and_then(|e| e.succ_opt())
                    .filter(|s| *s > today))
                .unwrap_or(today);
            let (from, until) = validity(start);
            row.valid_from = Some(from);
            row.valid_until = Some(until);
            row.arrete_reference = Some(arrete);
        } else if reasons.is_none() {
            return Err(ApiError::bad_input("reasons", "un refus est motivé"));
        }
        row.status = next.as_str().into();
        row.decided_on = Some(today);
        row.reasons = reasons;
        let kind = if d.granted { "GRANTED" } else { "REFUSED" };
        self.agrement_step_log(
            &mut tx,
            &code,
            &row,
            Some(principal.user_id),
            role.as_str(),
            kind,
            json!({ "validUntil": row.valid_until }),
        )
        .await?;
        let body = if d.granted {
            format!(
                "Bonjour,\n\nVotre association est agréée dans le département {code} du {} au {} (arrêté {}).\n",
                row.valid_from
                    .map(|x| x.format("%d/%m/%Y").to_string())
                    .unwrap_or_default(),
                row.valid_until
                    .map(|x| x.format("%d/%m/%Y").to_string())
                    .unwrap_or_default(),
                row.arrete_reference.clone().unwrap_or_default()
            )
        } else {
            format!(
                "Bonjour,\n\nVotre demande d'agrément dans le département {code} est refusée.\nMotifs : {}\n",
                row.reasons.clone().unwrap_or_default()
            )
        };
        self.notify_association(
            &mut tx,
            &code,
            row.association_id,
            "Décision sur votre demande d'agrément",
            &body,
        )
        .await?;
        let row = agrements::save(&mut tx, &row).await?;
        tx.commit().await?;
        Ok(row)
    }

    /// The association asks for the renewal of an agrément in force, before it expires.
    pub async fn renew_agrement(
        &self,
        principal: &Principal,
        code: &str,
        id: Uuid,
    ) -> Result<AgrementRow, ApiError> {
        let code = parse_department(code)?;
        let (mut tx, current) = self
            .lock_agrement_as_association(principal, &code, id)
            .await?;
        let today = self.today();
        next_status(
            status_of(&current)?,
            AgrementAction::Renew,
            current.requested_on.unwrap_or(today),
            today,
        )
        .map_err(agrement_error)?;
        if current.valid_until.is_some_and(|u| u < today) {
            return Err(ApiError::bad_input(
                "status",
                "cet agrément a expiré : déposez une nouvelle demande",
            ));
        }
        let row = agrements::insert_request(
            &mut tx,
            &code,
            current.association_id,
            today,
            principal.user_id,
            Some(current.id),
        )
        .await
        .map_err(|e| match e {
            cdlp_db::DbError::Unique(_) => {
                ApiError::Conflict("une demande est déjà en cours dans ce département".into())
            }
            other => other.into(),
        })?;
        self.agrement_step_log(
            &mut tx,
            &code,
            &row,
            Some(principal.user_id),
            "ASSOCIATION_ADMIN",
            "RENEWAL_REQUESTED",
            json!({ "renews": current.id }),
        )
        .await?;
        self.notify_prefecture(
            &mut tx,
            &code,
            &format!(
                "Demande de renouvellement d'agrément : {}",
                current.association_name
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(row)
    }

    /// Suspension or withdrawal, with reasons.
    pub async fn end_agrement(
        &self,
        principal: &Principal,
        code: &str,
        id: Uuid,
        version: i32,
        withdraw: bool,
        reasons: &str,
    ) -> Result<AgrementRow, ApiError> {
        let code = parse_department(code)?;
        let reasons = required_text("reasons", reasons, 5_000)?;
        let (mut tx, role, mut row) = self
            .lock_agrement_as_prefecture(principal, &code, id, Some(version))
            .await?;
        let today = self.today();
        let action = if withdraw {
            AgrementAction::Withdraw
        } else {
            AgrementAction::Suspend
        };
        row.status = next_status(
            status_of(&row)?,
            action,
            row.requested_on.unwrap_or(today),
            today,
        )
        .map_err(agrement_error)?
        .as_str()
        .into();
        row.reasons = Some(reasons.clone());
        row.decided_on = Some(today);
        let kind = if withdraw { "WITHDRAWN" } else { "SUSPENDED" };
        self.agrement_step_log(
            &mut tx,
            &code,
            &row,
            Some(principal.user_id),
            role.as_str(),
            kind,
            json!({}),
        )
        .await?;
        let what = if withdraw { "retiré" } else { "suspendu" };
        self.notify_association(&mut tx, &code, row.association_id, "Votre agrément", &format!(
            "Bonjour,\n\nVotre agrément dans le département {code} est {what}.\nMotifs : {reasons}\n\
             Vos dossiers restent consultables ; la préfecture proposera leur transfert à une autre association agréée.\n"
        ))
        .await?;
        let row = agrements::save(&mut tx, &row).await?;
        tx.commit().await?;
        Ok(row)
    }

    /// Lifts a suspension: the agrément is in force again until its own end (expressly or
    /// tacitly granted, as it was).
    pub async fn lift_agrement_suspension(
        &self,
        principal: &Principal,
        code: &str,
        id: Uuid,
        version: i32,
        reasons: &str,
    ) -> Result<AgrementRow, ApiError> {
        let code = parse_department(code)?;
        let reasons = required_text("reasons", reasons, 5_000)?;
        let (mut tx, role, mut row) = self
            .lock_agrement_as_prefecture(principal, &code, id, Some(version))
            .await?;
        let today = self.today();
        let next = next_status(
            status_of(&row)?,
            AgrementAction::LiftSuspension,
            row.requested_on.unwrap_or(today),
            today,
        )
        .map_err(agrement_error)?;
        let next = if row.tacit {
            AgrementStatus::Tacit
        } else {
            next
        };
        row.status = next.as_str().into();
        row.reasons = Some(reasons);
        self.agrement_step_log(
            &mut tx,
            &code,
            &row,
            Some(principal.user_id),
            role.as_str(),
            "SUSPENSION_LIFTED",
            json!({ "validUntil": row.valid_until }),
        )
        .await?;
        self.notify_association(
            &mut tx,
            &code,
            row.association_id,
            "Votre agrément n'est plus suspendu",
            &format!(
                "Bonjour,\n\nLa suspension de votre agrément dans le département {code} est levée : \
                 vous pouvez de nouveau déposer et suivre des dossiers.\n"
            ),
        )
        .await?;
        let row = agrements::save(&mut tx, &row).await?;
        tx.commit().await?;
        Ok(row)
    }

    /// The commission's avis on a request, given in a session (optional).
    pub async fn review_agrement(
        &self,
        principal: &Principal,
        code: &str,
        id: Uuid,
        session_id: Uuid,
        kind: &str,
        remarks: Option<String>,
    ) -> Result<AgrementRow, ApiError> {
        let code = parse_department(code)?;
        if !["FAVOURABLE", "UNFAVOURABLE", "ADJOURNED"].contains(&kind) {
            return Err(ApiError::bad_input("kind", "avis inconnu"));
        }
        let remarks = optional_text("remarks", remarks, 5_000)?;
        let (mut tx, role, row) = self
            .lock_agrement_as_prefecture(principal, &code, id, None)
            .await?;
        if !status_of(&row)?.is_open() {
            return Err(ApiError::bad_input(
                "status",
                "la commission donne son avis sur une demande en cours",
            ));
        }
        let session = cdlp_db::sessions::lock(&mut tx, &code, session_id)
            .await?
            .ok_or_else(|| ApiError::not_found("séance"))?;
        if session.status != "SCHEDULED" {
            return Err(ApiError::bad_input("sessionId", "cette séance est close"));
        }
        agrements::insert_review(
            &mut tx,
            &code,
            row.id,
            row.association_id,
            session_id,
            kind,
            remarks.as_deref(),
            principal.user_id,
        )
        .await?;
        self.agrement_step_log(
            &mut tx,
            &code,
            &row,
            Some(principal.user_id),
            role.as_str(),
            "COMMISSION_AVIS",
            json!({ "kind": kind, "sessionId": session_id }),
        )
        .await?;
        let row = agrements::save(&mut tx, &row).await?;
        tx.commit().await?;
        Ok(row)
    }

    /// Agréments of a département (prefecture), or the caller's association's (in the
    /// départements where it has files, or one of them).
    pub async fn agrements(
        &self,
        principal: &Principal,
        code: Option<String>,
        statuses: Vec<String>,
    ) -> Result<Vec<AgrementRow>, ApiError> {
        let code = code.map(|c| parse_department(&c)).transpose()?;
        let staff = [
            Role::PrefectureAdmin,
            Role::PrefectureAgent,
            Role::PlatformOperator,
        ];
        if let Some((code, role)) = code
            .as_ref()
            .and_then(|c| principal.role_in(c, &staff).ok().map(|r| (c, r)))
        {
            let mut tx = self.db.begin(&principal.in_department(code, role)).await?;
            let rows = agrements::list(&mut tx, code, None, &statuses).await?;
            tx.commit().await?;
            return Ok(rows);
        }
        let associations = principal.associations();
        if associations.is_empty() {
            return Err(ApiError::forbidden());
        }
        let mut rows = Vec::new();
        for association_id in associations {
            let ctx = Context {
                user_id: Some(principal.user_id),
                role: Some("ASSOCIATION_WORKER"),
                association_id: Some(association_id),
                ..Context::default()
            };
            let mut tx = self.db.begin(&ctx).await?;
            for department in agrements::departments_of(&mut tx, association_id).await? {
                let department = DepartmentCode::parse(&department)
                    .map_err(|e| ApiError::Internal(e.to_string()))?;
                if code.as_ref().is_some_and(|c| *c != department) {
                    continue;
                }
                cdlp_db::jobs::enter(&mut tx, &department, Some(association_id)).await?;
                rows.extend(
                    agrements::list(&mut tx, &department, Some(association_id), &statuses).await?,
                );
            }
            tx.commit().await?;
        }
        Ok(rows)
    }

    /// A piece of an agrément request, for the prefecture instructing it (audited).
    pub async fn agrement_piece_content(
        &self,
        principal: &Principal,
        code: &str,
        agrement_id: Uuid,
        piece_id: Uuid,
    ) -> Result<(agrements::PieceRow, Vec<u8>), ApiError> {
        let code = parse_department(code)?;
        let role = principal.role_in(
            &code,
            &[
                Role::PrefectureAdmin,
                Role::PrefectureAgent,
                Role::PlatformOperator,
            ],
        )?;
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let agrements::StoredPiece { piece, storage_key } =
            agrements::piece(&mut tx, &code, agrement_id, piece_id)
                .await?
                .ok_or_else(|| ApiError::not_found("pièce"))?;
        audit::append(
            &mut tx,
            audit::Entry {
                department: Some(&code),
                actor_user_id: Some(principal.user_id),
                actor_role: Some(role.as_str()),
                action: "agrement_piece.read",
                target_type: Some("agrement"),
                target_id: Some(agrement_id.to_string()),
                details: json!({ "pieceId": piece_id }),
            },
        )
        .await?;
        tx.commit().await?;
        let bytes = self.storage.get(&storage_key).await?;
        Ok((piece, bytes))
    }

    pub async fn agrement_details(
        &self,
        principal: &Principal,
        row: &AgrementRow,
    ) -> Result<(Vec<agrements::PieceRow>, Vec<agrements::AgrementEventRow>), ApiError> {
        let code = parse_department(&row.department_code)?;
        let ctx = match principal.role_in(
            &code,
            &[
                Role::PrefectureAdmin,
                Role::PrefectureAgent,
                Role::PlatformOperator,
            ],
        ) {
            Ok(role) => principal.in_department(&code, role),
            Err(_) => Context {
                user_id: Some(principal.user_id),
                role: Some("ASSOCIATION_WORKER"),
                department: Some(code.clone()),
                association_id: Some(row.association_id)
                    .filter(|a| principal.associations().contains(a)),
                invitation_hash: None,
            },
        };
        let mut tx = self.db.begin(&ctx).await?;
        let pieces = agrements::pieces(&mut tx, &code, row.id).await?;
        let events = agrements::events(&mut tx, &code, row.id).await?;
        tx.commit().await?;
        Ok((pieces, events))
    }

    /// The public directory: associations with an agrément in force in a département.
    pub async fn accredited_associations(
        &self,
        code: &str,
    ) -> Result<Vec<agrements::DirectoryRow>, ApiError> {
        let code = parse_department(code)?;
        let ctx = Context {
            role: Some("PUBLIC"),
            department: Some(code.clone()),
            ..Context::default()
        };
        let mut tx = self.db.begin(&ctx).await?;
        let rows = agrements::directory(&mut tx, &code, self.today()).await?;
        tx.commit().await?;
        Ok(rows)
    }

    // ---- transfers ----

    /// The prefecture proposes to hand a dossier to another accredited association.
    pub async fn propose_transfer(
        &self,
        principal: &Principal,
        code: &str,
        dossier_id: Uuid,
        to: Uuid,
    ) -> Result<TransferRow, ApiError> {
        let code = parse_department(code)?;
        let role = principal.role_in(&code, &STAFF)?;
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let dossier = dossiers::lock(&mut tx, &code, dossier_id)
            .await?
            .ok_or_else(|| ApiError::not_found("dossier"))?;
        if dossier.association_id == to {
            return Err(ApiError::bad_input(
                "toAssociationId",
                "le dossier est déjà suivi par cette association",
            ));
        }
        if !dossiers::agrement_in_force(&mut tx, &code, to, self.today()).await? {
            return Err(ApiError::bad_input(
                "toAssociationId",
                "cette association n'a pas d'agrément en vigueur dans le département",
            ));
        }
        let transfer = agrements::insert_transfer(
            &mut tx,
            &code,
            dossier.id,
            &dossier.reference,
            dossier.association_id,
            to,
            principal.user_id,
        )
        .await
        .map_err(|e| match e {
            cdlp_db::DbError::Unique(_) => {
                ApiError::Conflict("un transfert est déjà proposé pour ce dossier".into())
            }
            other => other.into(),
        })?;
        event(
            &mut tx,
            &code,
            &dossier,
            (principal, DossierActor::Prefecture(role)),
            "TRANSFER_PROPOSED",
            json!({ "transferId": transfer.id, "to": to }),
        )
        .await?;
        self.notify_association(&mut tx, &code, to, "Proposition de transfert d'un dossier", &format!(
            "Bonjour,\n\nLa préfecture vous propose de reprendre le suivi du dossier {} dans le département {code}. \
             Répondez sur CDLP.\n",
            dossier.reference
        ))
        .await?;
        tx.commit().await?;
        Ok(transfer)
    }

    /// The receiving association accepts (write access moves to it) or refuses.
    pub async fn answer_transfer(
        &self,
        principal: &Principal,
        code: &str,
        transfer_id: Uuid,
        accept: bool,
        reason: Option<String>,
    ) -> Result<TransferRow, ApiError> {
        let code = parse_department(code)?;
        let reason = optional_text("reason", reason, 2_000)?;
        for association_id in principal.associations() {
            if !principal.association_works_in(association_id, &code) {
                continue;
            }
            let role = principal
                .memberships
                .iter()
                .find(|m| m.scope == Scope::Association(association_id))
                .map(|m| m.role)
                .unwrap_or(Role::AssociationWorker);
            let ctx = Context {
                user_id: Some(principal.user_id),
                role: Some(role.as_str()),
                department: Some(code.clone()),
                association_id: Some(association_id),
                invitation_hash: None,
            };
            let mut tx = self.db.begin(&ctx).await?;
            let Some(transfer) = agrements::lock_transfer(&mut tx, &code, transfer_id).await?
            else {
                continue;
            };
            if transfer.to_association_id != association_id {
                return Err(ApiError::Forbidden(
                    "seule l'association destinataire répond à ce transfert".into(),
                ));
            }
            if transfer.status != "PROPOSED" {
                return Err(ApiError::Conflict(
                    "ce transfert a déjà reçu une réponse".into(),
                ));
            }
            if accept
                && !dossiers::agrement_in_force(&mut tx, &code, association_id, self.today())
                    .await?
            {
                return Err(ApiError::Forbidden(
                    "votre association n'a pas d'agrément en vigueur dans ce département".into(),
                ));
            }
            let status = if accept { "ACCEPTED" } else { "REFUSED" };
            let answered = agrements::answer_transfer(
                &mut tx,
                &code,
                transfer.id,
                status,
                principal.user_id,
                reason.as_deref(),
            )
            .await?;
            if accept {
                // The transfer row, visible and writable only by its addressee, authorised
                // this step; moving the dossier's rows is its consequence, done as SYSTEM.
                agrements::act_as_system(&mut tx).await?;
                agrements::move_dossier(&mut tx, &code, transfer.dossier_id, association_id)
                    .await?;
                let dossier = dossiers::get(&mut tx, &code, transfer.dossier_id)
                    .await?
                    .ok_or_else(|| ApiError::not_found("dossier"))?;
                dossiers::append_event(
                    &mut tx,
                    &code,
                    dossiers::NewEvent {
                        dossier_id: dossier.id,
                        association_id,
                        actor_user_id: Some(principal.user_id),
                        actor_role: role.as_str(),
                        kind: "TRANSFERRED",
                        details: json!({ "transferId": transfer.id, "from": transfer.from_association_id, "to": association_id }),
                    },
                )
                .await?;
            }
            audit::append(
                &mut tx,
                audit::Entry {
                    department: Some(&code),
                    actor_user_id: Some(principal.user_id),
                    actor_role: Some(role.as_str()),
                    action: if accept {
                        "transfer.accepted"
                    } else {
                        "transfer.refused"
                    },
                    target_type: Some("transfer"),
                    target_id: Some(transfer.id.to_string()),
                    details: json!({ "dossierId": transfer.dossier_id }),
                },
            )
            .await?;
            let notice = Notice::new(
                "transfer",
                if accept {
                    "Transfert de dossier accepté"
                } else {
                    "Transfert de dossier refusé"
                },
                format!(
                    "Bonjour,\n\nL'association sollicitée a {} la reprise d'un dossier du département {code}.\n\n\
                     Les transferts : {}\n",
                    if accept { "accepté" } else { "refusé" },
                    self.link(&format!("/prefecture/{code}/transferts")),
                ),
            );
            self.notify_prefecture_staff(&mut tx, &code, &notice)
                .await?;
            let notice = Notice::new(
                "transfer",
                notice.subject.clone(),
                format!(
                    "Bonjour,\n\nLa préfecture du département {code} avait proposé de confier l'un de vos dossiers \
                     à une autre association agréée : celle-ci a {} de le reprendre.\n",
                    if accept { "accepté" } else { "refusé" },
                ),
            );
            self.notify_association_staff(&mut tx, &code, transfer.from_association_id, &notice)
                .await?;
            tx.commit().await?;
            return Ok(answered);
        }
        Err(ApiError::not_found("transfert"))
    }

    pub async fn transfers(
        &self,
        principal: &Principal,
        code: &str,
        open_only: bool,
    ) -> Result<Vec<TransferRow>, ApiError> {
        let code = parse_department(code)?;
        let ctx = match principal.dossier_actor(&code, None)? {
            DossierActor::CommissionMember => return Err(ApiError::forbidden()),
            actor => actor.context(principal, &code),
        };
        let mut tx = self.db.begin(&ctx).await?;
        let rows = agrements::transfers(&mut tx, &code, open_only).await?;
        tx.commit().await?;
        Ok(rows)
    }

    // ---- shared ----

    #[allow(clippy::too_many_arguments)]
    pub(crate) async fn agrement_step_log(
        &self,
        tx: &mut Tx,
        code: &DepartmentCode,
        row: &AgrementRow,
        actor: Option<Uuid>,
        role: &str,
        kind: &str,
        details: Value,
    ) -> Result<(), ApiError> {
        agrements::append_event(
            tx,
            code,
            row.id,
            row.association_id,
            actor,
            role,
            kind,
            details.clone(),
        )
        .await?;
        audit::append(
            tx,
            audit::Entry {
                department: Some(code),
                actor_user_id: actor,
                actor_role: Some(role),
                action: &format!("agrement.{}", kind.to_lowercase()),
                target_type: Some("agrement"),
                target_id: Some(row.id.to_string()),
                details,
            },
        )
        .await?;
        Ok(())
    }

    /// E-mails an association's staff (the context is switched to that association to read
    /// its members' addresses, then restored).
    pub(crate) async fn notify_association(
        &self,
        tx: &mut Tx,
        code: &DepartmentCode,
        association_id: Uuid,
        subject: &str,
        body: &str,
    ) -> Result<(), ApiError> {
        let notice = Notice::new(
            "agrement",
            subject,
            format!(
                "{body}\nVotre espace association sur CDLP : {}\n",
                self.link(&format!("/association/{association_id}/agrements"))
            ),
        );
        self.notify_association_staff(tx, code, association_id, &notice)
            .await?;
        Ok(())
    }

    async fn notify_prefecture(
        &self,
        tx: &mut Tx,
        code: &DepartmentCode,
        subject: &str,
    ) -> Result<(), ApiError> {
        let notice = Notice::new(
            "agrement",
            subject,
            format!(
                "Bonjour,\n\n{subject}, dans le département {code}. Elle est à instruire sur CDLP : {}\n",
                self.link(&format!("/prefecture/{code}/agrements"))
            ),
        );
        self.notify_prefecture_staff(tx, code, &notice).await?;
        Ok(())
    }
}

impl ApiError {
    fn with_field(self, field: &'static str) -> Self {
        match self {
            ApiError::BadUserInput { message, .. } => ApiError::BadUserInput {
                message,
                field: Some(field),
            },
            other => other,
        }
    }
}

/// A worker's départements: none (all of the association's), or a non-empty sorted set.
fn department_limit(codes: Option<Vec<String>>) -> Result<Option<Vec<String>>, ApiError> {
    codes
        .map(|codes| {
            let mut parsed = codes
                .iter()
                .map(|c| parse_department(c).map(|d| d.to_string()))
                .collect::<Result<Vec<_>, _>>()?;
            parsed.sort();
            parsed.dedup();
            if parsed.is_empty() {
                return Err(ApiError::bad_input(
                    "departmentCodes",
                    "au moins un département, ou aucune limite",
                ));
            }
            Ok(parsed)
        })
        .transpose()
}

use cdlp_db::{audit, commissions};
use cdlp_domain::parcours::Patch;
use cdlp_domain::{
    CommissionSeat, Email, MemberTerm, Membership, Role, Scope, check_association_seat,
    check_presidency,
};
use chrono::NaiveDate;
use serde_json::json;
use uuid::Uuid;

use super::{Principal, Services, parse_department, required_text};
use crate::ApiError;

pub struct AddMember {
    pub department_code: String,
    pub full_name: String,
    pub seat: CommissionSeat,
    pub organisation: Option<String>,
    pub user_id: Option<Uuid>,
    /// For a seat held by an approved association: which one (its members are recused from
    /// that association's dossiers).
    pub association_id: Option<Uuid>,
    pub voting: bool,
    pub term_start: NaiveDate,
    pub term_end: Option<NaiveDate>,
    pub email: Option<String>,
}

/// A correction of a member: fields left as `Keep` are unchanged. The seat and the start of the
/// term are not corrected (another seat or term is another appointment).
#[derive(Default)]
pub struct UpdateMember {
    pub department_code: String,
    pub member_id: Uuid,
    pub full_name: Option<String>,
    pub organisation: Patch<String>,
    pub email: Patch<String>,
    pub voting: Option<bool>,
    pub term_end: Option<NaiveDate>,
    pub association_id: Patch<Uuid>,
}

pub struct EndTerm {
    pub department_code: String,
    pub member_id: Uuid,
    pub ended_on: NaiveDate,
    pub reason: Option<String>,
}

/// Who may read a commission: its département's staff and members, and the operator.
const READERS: [Role; 4] = [
    Role::PrefectureAdmin,
    Role::PrefectureAgent,
    Role::CommissionMember,
    Role::PlatformOperator,
];
/// Who may change its composition.
const MANAGERS: [Role; 2] = [Role::PrefectureAdmin, Role::PrefectureAgent];

impl Services {
    pub async fn commission(
        &self,
        principal: &Principal,
        code: &str,
    ) -> Result<Option<commissions::CommissionRow>, ApiError> {
        let code = parse_department(code)?;
        let role = principal.role_in(&code, &READERS)?;
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let row = commissions::commission_of(&mut tx, &code).await?;
        tx.commit().await?;
        Ok(row)
    }

    /// How many months before a period ends its renewal may be requested (1 to 6; a prefecture
    /// admin sets it for the département).
    pub async fn set_renewal_window(
        &self,
        principal: &Principal,
        code: &str,
        months: i32,
    ) -> Result<commissions::CommissionRow, ApiError> {
        let code = parse_department(code)?;
        let role = principal.role_in(&code, &[Role::PrefectureAdmin])?;
        if !(1..=6).contains(&months) {
            return Err(ApiError::bad_input(
                "renewalWindowMonths",
                "entre 1 et 6 mois avant la fin de la période",
            ));
        }
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let row = commissions::set_renewal_window(&mut tx, &code, months as i16)
            .await?
            .ok_or_else(|| ApiError::not_found("commission"))?;
        audit::append(
            &mut tx,
            audit::Entry {
                department: Some(&code),
                actor_user_id: Some(principal.user_id),
                actor_role: Some(role.as_str()),
                action: "commission.renewal_window_set",
                target_type: Some("commission"),
                target_id: Some(row.id.to_string()),
                details: json!({ "months": months }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(row)
    }

    /// Members of a commission; with `active_on`, those sitting on that day.
    pub async fn commission_members(
        &self,
        principal: &Principal,
        code: &str,
        active_on: Option<NaiveDate>,
    ) -> Result<Vec<commissions::MemberRow>, ApiError> {
        let code = parse_department(code)?;
        let role = principal.role_in(&code, &READERS)?;
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let rows = commissions::members(&mut tx, &code, active_on).await?;
        tx.commit().await?;
        Ok(rows)
    }

    pub async fn add_commission_member(
        &self,
        principal: &Principal,
        input: AddMember,
    ) -> Result<commissions::MemberRow, ApiError> {
        let code = parse_department(&input.department_code)?;
        let role = principal.role_in(&code, &MANAGERS)?;
        // Printed on the minutes: NFC, and refused now if no font has a character.
        let full_name = super::printable_name("fullName", &input.full_name, 200)?;
        let organisation = match input.organisation.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(_) => Some(required_text(
                "organisation",
                input.organisation.as_deref().unwrap_or_default(),
                200,
            )?),
        };
        let term = MemberTerm::new(input.term_start, input.term_end)
            .map_err(|e| ApiError::bad_input("termEnd", e))?;
        let email = optional_email(input.email.as_deref())?;
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let commission = commissions::commission_of(&mut tx, &code)
            .await?
            .ok_or_else(|| ApiError::not_found("commission"))?;
        self.check_seat(
            &mut tx,
            &code,
            input.seat,
            input.association_id,
            &commission,
            term,
            None,
        )
        .await?;
        let member = commissions::insert_member(
            &mut tx,
            &code,
            commissions::NewMember {
                commission_id: commission.id,
                full_name: &full_name,
                seat: input.seat,
                organisation: organisation.as_deref(),
                user_id: input.user_id,
                association_id: input.association_id,
                voting: input.voting,
                term_start: term.start,
                term_end: term.end,
                email: email.as_ref().map(Email::as_str),
                created_by: principal.user_id,
            },
        )
        .await?;
        audit::append(
            &mut tx,
            audit::Entry {
                department: Some(&code),
                actor_user_id: Some(principal.user_id),
                actor_role: Some(role.as_str()),
                action: "commission.member_appointed",
                target_type: Some("commission_member"),
                target_id: Some(member.id.to_string()),
                details: json!({ "seat": input.seat.as_str(), "voting": input.voting }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(member)
    }

    /// R.121-12-7: an approved association's seat needs an association with an agrément in
    /// force (on the term's first day, or today if later); one president unless co-presided.
    #[allow(clippy::too_many_arguments)]
    async fn check_seat(
        &self,
        tx: &mut cdlp_db::Tx,
        code: &cdlp_domain::DepartmentCode,
        seat: CommissionSeat,
        association_id: Option<Uuid>,
        commission: &commissions::CommissionRow,
        term: MemberTerm,
        except: Option<Uuid>,
    ) -> Result<(), ApiError> {
        let on = term.start.max(self.today()).min(term.end);
        let in_force = match association_id {
            Some(a) => cdlp_db::dossiers::agrement_in_force(tx, code, a, on).await?,
            None => false,
        };
        check_association_seat(seat, association_id, in_force)
            .map_err(|e| ApiError::bad_input("associationId", e))?;
        let others =
            commissions::overlapping_presidents(tx, code, term.start, term.end, except).await?;
        check_presidency(seat, others as usize, commission.co_presided)
            .map_err(|e| ApiError::bad_input("seat", e))?;
        Ok(())
    }

    /// Corrects a member (name, organisation, e-mail, vote, end of term, association).
    pub async fn update_commission_member(
        &self,
        principal: &Principal,
        input: UpdateMember,
    ) -> Result<commissions::MemberRow, ApiError> {
        let code = parse_department(&input.department_code)?;
        let role = principal.role_in(&code, &MANAGERS)?;
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let member = commissions::member(&mut tx, &code, input.member_id)
            .await?
            .ok_or_else(|| ApiError::not_found("membre"))?;
        let commission = commissions::commission_of(&mut tx, &code)
            .await?
            .ok_or_else(|| ApiError::not_found("commission"))?;
        let full_name = match &input.full_name {
            Some(n) => required_text("fullName", n, 200)?,
            None => member.full_name.clone(),
        };
        let organisation = match input.organisation.apply(member.organisation.clone()) {
            Some(o) if !o.trim().is_empty() => Some(required_text("organisation", &o, 200)?),
            _ => None,
        };
        let email = match &input.email {
            Patch::Keep => member.email.clone(),
            Patch::Clear => None,
            Patch::Set(e) => optional_email(Some(e))?.map(|e| e.as_str().to_owned()),
        };
        let term = MemberTerm::new(
            member.term_start,
            Some(input.term_end.unwrap_or(member.term_end)),
        )
        .map_err(|e| ApiError::bad_input("termEnd", e))?;
        if member.ended_on.is_some_and(|e| e > term.end) {
            return Err(ApiError::bad_input(
                "termEnd",
                "le mandat a déjà pris fin à une date postérieure",
            ));
        }
        let association_id = input.association_id.apply(member.association_id);
        let seat = CommissionSeat::parse(&member.seat)
            .ok_or_else(|| ApiError::Internal("unknown seat".into()))?;
        self.check_seat(
            &mut tx,
            &code,
            seat,
            association_id,
            &commission,
            term,
            Some(member.id),
        )
        .await?;
        let row = commissions::update_member(
            &mut tx,
            &code,
            member.id,
            commissions::MemberUpdate {
                full_name: &full_name,
                organisation: organisation.as_deref(),
                email: email.as_deref(),
                voting: input.voting.unwrap_or(member.voting),
                term_end: term.end,
                association_id,
            },
        )
        .await?;
        audit::append(
            &mut tx,
            audit::Entry {
                department: Some(&code),
                actor_user_id: Some(principal.user_id),
                actor_role: Some(role.as_str()),
                action: "commission.member_updated",
                target_type: Some("commission_member"),
                target_id: Some(member.id.to_string()),
                details: json!({ "voting": row.voting, "termEnd": row.term_end }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(row)
    }

    /// Links a member to an account: an invitation (role COMMISSION_MEMBER in the département)
    /// goes to the member's address; accepting it links the member (see migration 0015).
    pub async fn invite_commission_member(
        &self,
        principal: &Principal,
        code: &str,
        member_id: Uuid,
    ) -> Result<commissions::MemberRow, ApiError> {
        let code = parse_department(code)?;
        let role = principal.role_in(&code, &MANAGERS)?;
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let member = commissions::member(&mut tx, &code, member_id)
            .await?
            .ok_or_else(|| ApiError::not_found("membre"))?;
        if member.user_id.is_some() {
            return Err(ApiError::Conflict(
                "ce membre est déjà relié à un compte".into(),
            ));
        }
        let term = MemberTerm {
            start: member.term_start,
            end: member.term_end,
        };
        if !term.sits_on(member.ended_on, self.today()) && member.term_start <= self.today() {
            return Err(ApiError::bad_input(
                "memberId",
                "le mandat de ce membre a pris fin",
            ));
        }
        let email = member
            .email
            .as_deref()
            .map(Email::parse)
            .transpose()
            .map_err(|e| ApiError::bad_input("email", e))?
            .ok_or_else(|| {
                ApiError::bad_input(
                    "email",
                    "renseignez d'abord l'adresse électronique du membre",
                )
            })?;
        let invitation = self
            .issue_invitation(
                &mut tx,
                super::accounts::InvitationRequest {
                    invited_by: Some(principal.user_id),
                    acting: role.as_str(),
                    email: &email,
                    membership: &Membership {
                        role: Role::CommissionMember,
                        scope: Scope::Department(code.clone()),
                    },
                    department_codes: None,
                },
            )
            .await?;
        let row =
            commissions::link_member(&mut tx, &code, member.id, None, Some(invitation.id)).await?;
        tx.commit().await?;
        Ok(row)
    }

    pub async fn end_commission_member_term(
        &self,
        principal: &Principal,
        input: EndTerm,
    ) -> Result<commissions::MemberRow, ApiError> {
        let code = parse_department(&input.department_code)?;
        let role = principal.role_in(&code, &MANAGERS)?;
        let reason = match input.reason.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(r) => Some(required_text("reason", r, 500)?),
        };
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let member = commissions::member(&mut tx, &code, input.member_id)
            .await?
            .ok_or_else(|| ApiError::not_found("membre"))?;
        if member.ended_on.is_some() {
            return Err(ApiError::Conflict(
                "le mandat de ce membre a déjà pris fin".into(),
            ));
        }
        let term = MemberTerm {
            start: member.term_start,
            end: member.term_end,
        };
        let ended_on = term
            .end_early(input.ended_on)
            .map_err(|e| ApiError::bad_input("endedOn", e))?;
        let member =
            commissions::end_member_term(&mut tx, &code, member.id, ended_on, reason.as_deref())
                .await?;
        audit::append(
            &mut tx,
            audit::Entry {
                department: Some(&code),
                actor_user_id: Some(principal.user_id),
                actor_role: Some(role.as_str()),
                action: "commission.member_term_ended",
                target_type: Some("commission_member"),
                target_id: Some(member.id.to_string()),
                details: json!({ "endedOn": ended_on }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(member)
    }
}

fn optional_email(e: Option<&str>) -> Result<Option<Email>, ApiError> {
    match e.map(str::trim) {
        None | Some("") => Ok(None),
        Some(e) => Email::parse(e)
            .map(Some)
            .map_err(|err| ApiError::bad_input("email", err)),
    }
}

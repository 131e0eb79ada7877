use cdlp_db::{audit, commissions};
use cdlp_domain::{CommissionSeat, MemberTerm, Role};
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
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let commission = commissions::commission_of(&mut tx, &code)
            .await?
            .ok_or_else(|| ApiError::not_found("commission"))?;
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

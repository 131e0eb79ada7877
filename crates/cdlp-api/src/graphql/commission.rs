use async_graphql::{Context, Enum, InputObject, Object};
use cdlp_db::commissions::{CommissionRow, MemberRow};
use chrono::{NaiveDate, Utc};
use uuid::Uuid;

use super::{principal, services};
use crate::ApiError;
use crate::services::{AddMember, EndTerm};

/// A seat on the commission (CASF R.121-12-7; the last two from the décret of 30 Dec 2025).
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(name = "CommissionSeat", remote = "cdlp_domain::CommissionSeat")]
pub enum Seat {
    President,
    Magistrate,
    SocialCohesion,
    PublicSecurity,
    JudicialPolice,
    Gendarmerie,
    ForeignersDepartment,
    Labour,
    Education,
    Doctor,
    LocalAuthority,
    ApprovedAssociation,
    ChildProtection,
    DepartmentalCouncil,
}

/// A département's commission.
pub struct Commission(pub CommissionRow);

#[Object]
impl Commission {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    async fn department_code(&self) -> &str {
        &self.0.department_code
    }
    async fn installed_on(&self) -> NaiveDate {
        self.0.installed_on
    }
    async fn arrete_reference(&self) -> &str {
        &self.0.arrete_reference
    }
    /// Members; with `activeOn`, only those sitting on that day.
    async fn members(
        &self,
        ctx: &Context<'_>,
        active_on: Option<NaiveDate>,
    ) -> Result<Vec<CommissionMember>, ApiError> {
        let rows = services(ctx)
            .commission_members(principal(ctx)?, &self.0.department_code, active_on)
            .await?;
        Ok(rows.into_iter().map(CommissionMember).collect())
    }
}

pub struct CommissionMember(MemberRow);

#[Object]
impl CommissionMember {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    async fn department_code(&self) -> &str {
        &self.0.department_code
    }
    async fn full_name(&self) -> &str {
        &self.0.full_name
    }
    async fn seat(&self) -> Result<Seat, ApiError> {
        cdlp_domain::CommissionSeat::parse(&self.0.seat)
            .map(Seat::from)
            .ok_or_else(|| ApiError::Internal(format!("unknown seat {}", self.0.seat)))
    }
    async fn organisation(&self) -> Option<&str> {
        self.0.organisation.as_deref()
    }
    async fn association_id(&self) -> Option<Uuid> {
        self.0.association_id
    }
    /// The member's CDLP account, when they have one.
    async fn user_id(&self) -> Option<Uuid> {
        self.0.user_id
    }
    async fn voting(&self) -> bool {
        self.0.voting
    }
    async fn term_start(&self) -> NaiveDate {
        self.0.term_start
    }
    async fn term_end(&self) -> NaiveDate {
        self.0.term_end
    }
    async fn ended_on(&self) -> Option<NaiveDate> {
        self.0.ended_on
    }
    async fn ended_reason(&self) -> Option<&str> {
        self.0.ended_reason.as_deref()
    }
    /// Sitting today.
    async fn active(&self) -> bool {
        let today = Utc::now().date_naive();
        self.0.term_start <= today
            && today <= self.0.term_end
            && self.0.ended_on.is_none_or(|e| e >= today)
    }
}

#[derive(InputObject)]
pub struct AddCommissionMemberInput {
    department_code: String,
    full_name: String,
    seat: Seat,
    organisation: Option<String>,
    user_id: Option<Uuid>,
    /// The association a member represents (recusal on its dossiers).
    association_id: Option<Uuid>,
    #[graphql(default = true)]
    voting: bool,
    term_start: NaiveDate,
    /// Defaults to three years, the legal term.
    term_end: Option<NaiveDate>,
    /// Where convocations go; a member needs no account to be convened.
    email: Option<String>,
}

#[derive(InputObject)]
pub struct EndCommissionMemberTermInput {
    department_code: String,
    member_id: Uuid,
    ended_on: NaiveDate,
    reason: Option<String>,
}

#[derive(Default)]
pub struct CommissionQuery;

#[Object]
impl CommissionQuery {
    /// A département's commission (its staff, its members and the platform operator).
    async fn commission(
        &self,
        ctx: &Context<'_>,
        department_code: String,
    ) -> Result<Option<Commission>, ApiError> {
        Ok(services(ctx)
            .commission(principal(ctx)?, &department_code)
            .await?
            .map(Commission))
    }
}

#[derive(Default)]
pub struct CommissionMutation;

#[Object]
impl CommissionMutation {
    /// Appoints a member (prefecture admins and agents).
    async fn add_commission_member(
        &self,
        ctx: &Context<'_>,
        input: AddCommissionMemberInput,
    ) -> Result<CommissionMember, ApiError> {
        let member = services(ctx)
            .add_commission_member(
                principal(ctx)?,
                AddMember {
                    department_code: input.department_code,
                    full_name: input.full_name,
                    seat: input.seat.into(),
                    organisation: input.organisation,
                    user_id: input.user_id,
                    association_id: input.association_id,
                    voting: input.voting,
                    term_start: input.term_start,
                    term_end: input.term_end,
                    email: input.email,
                },
            )
            .await?;
        Ok(CommissionMember(member))
    }

    /// Ends a member's term early (resignation, replacement).
    async fn end_commission_member_term(
        &self,
        ctx: &Context<'_>,
        input: EndCommissionMemberTermInput,
    ) -> Result<CommissionMember, ApiError> {
        let member = services(ctx)
            .end_commission_member_term(
                principal(ctx)?,
                EndTerm {
                    department_code: input.department_code,
                    member_id: input.member_id,
                    ended_on: input.ended_on,
                    reason: input.reason,
                },
            )
            .await?;
        Ok(CommissionMember(member))
    }
}

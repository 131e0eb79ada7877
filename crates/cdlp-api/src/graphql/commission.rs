use async_graphql::{Context, Enum, InputObject, MaybeUndefined, Object};
use cdlp_db::commissions::{CommissionRow, MemberRow};
use chrono::{NaiveDate, Utc};
use uuid::Uuid;

use super::{principal, services};
use crate::ApiError;
use crate::services::{AddMember, EndTerm, UpdateMember};

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
    /// The arrêté names co-presidents (Paris, Bouches-du-Rhône).
    async fn co_presided(&self) -> bool {
        self.0.co_presided
    }
    /// How many months before a period ends its renewal may be requested.
    async fn renewal_window_months(&self) -> i32 {
        self.0.renewal_window_months.into()
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
    /// The first day the member no longer sits (end of term effective from that day).
    async fn ended_on(&self) -> Option<NaiveDate> {
        self.0.ended_on
    }
    async fn email(&self) -> Option<&str> {
        self.0.email.as_deref()
    }
    /// Linked to an account (the member signs in to read the agenda).
    async fn linked(&self) -> bool {
        self.0.user_id.is_some()
    }
    /// An invitation to link an account was sent and not accepted yet.
    async fn invited(&self) -> bool {
        self.0.user_id.is_none() && self.0.invitation_id.is_some()
    }
    async fn ended_reason(&self) -> Option<&str> {
        self.0.ended_reason.as_deref()
    }
    /// Sitting today.
    async fn active(&self) -> bool {
        let today = Utc::now().date_naive();
        self.0.term_start <= today
            && today <= self.0.term_end
            && self.0.ended_on.is_none_or(|e| e > today)
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
    /// Where convocations go, and the invitation to link an account.
    email: Option<String>,
}

/// A correction: a field left out is unchanged; null clears it.
#[derive(InputObject)]
pub struct UpdateCommissionMemberInput {
    department_code: String,
    member_id: Uuid,
    full_name: Option<String>,
    organisation: MaybeUndefined<String>,
    email: MaybeUndefined<String>,
    voting: Option<bool>,
    term_end: Option<NaiveDate>,
    /// For an approved association's seat (agrément in force required).
    association_id: MaybeUndefined<Uuid>,
}

#[derive(InputObject)]
pub struct EndCommissionMemberTermInput {
    department_code: String,
    member_id: Uuid,
    /// Effective from this day (today included): the member no longer sits from then.
    ended_on: NaiveDate,
    reason: Option<String>,
}

#[derive(InputObject)]
pub struct InviteCommissionMemberInput {
    department_code: String,
    member_id: Uuid,
}

fn patch<T>(v: MaybeUndefined<T>) -> cdlp_domain::parcours::Patch<T> {
    match v {
        MaybeUndefined::Undefined => cdlp_domain::parcours::Patch::Keep,
        MaybeUndefined::Null => cdlp_domain::parcours::Patch::Clear,
        MaybeUndefined::Value(v) => cdlp_domain::parcours::Patch::Set(v),
    }
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

    /// Sets how many months before a period ends its renewal may be requested (prefecture admins).
    async fn set_renewal_window(
        &self,
        ctx: &Context<'_>,
        department_code: String,
        renewal_window_months: i32,
    ) -> Result<Commission, ApiError> {
        Ok(Commission(
            services(ctx)
                .set_renewal_window(principal(ctx)?, &department_code, renewal_window_months)
                .await?,
        ))
    }

    /// Corrects a member (prefecture admins and agents).
    async fn update_commission_member(
        &self,
        ctx: &Context<'_>,
        input: UpdateCommissionMemberInput,
    ) -> Result<CommissionMember, ApiError> {
        let member = services(ctx)
            .update_commission_member(
                principal(ctx)?,
                UpdateMember {
                    department_code: input.department_code,
                    member_id: input.member_id,
                    full_name: input.full_name,
                    organisation: patch(input.organisation),
                    email: patch(input.email),
                    voting: input.voting,
                    term_end: input.term_end,
                    association_id: patch(input.association_id),
                },
            )
            .await?;
        Ok(CommissionMember(member))
    }

    /// Invites a member to link an account (to read agendas and dossiers as a member).
    async fn invite_commission_member(
        &self,
        ctx: &Context<'_>,
        input: InviteCommissionMemberInput,
    ) -> Result<CommissionMember, ApiError> {
        let member = services(ctx)
            .invite_commission_member(principal(ctx)?, &input.department_code, input.member_id)
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

use async_graphql::{
    ComplexObject, Context, Enum, InputObject, MaybeUndefined, Object, SimpleObject,
};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use cdlp_db::dossiers::{ActionRow, AvisRow, DecisionRow, DocumentRow, EventRow, PeriodRow};
use chrono::{DateTime, NaiveDate, Utc};
use tokio::sync::OnceCell;
use uuid::Uuid;

use super::loaders::Loaders;
use super::{principal, services};
use crate::ApiError;
use crate::services::{self as svc, DossierDetails, DossierView};

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(name = "DossierStatus", remote = "cdlp_domain::parcours::Status")]
pub enum StatusName {
    Draft,
    Submitted,
    Returned,
    OnAgenda,
    AwaitingDecision,
    InProgress,
    Refused,
    Withdrawn,
    Completed,
    NotRenewed,
    Stopped,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(name = "AvisKind", remote = "cdlp_domain::parcours::AvisKind")]
pub enum AvisKindName {
    Favourable,
    Unfavourable,
    Adjourned,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(name = "DecisionOutcome", remote = "cdlp_domain::parcours::Decision")]
pub enum DecisionName {
    Authorised,
    Refused,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(name = "StopReason", remote = "cdlp_domain::parcours::StopReason")]
pub enum StopReasonName {
    CommitmentsNotKept,
    PersonRequest,
    ConditionsNoLongerMet,
}

/// The work lists.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(name = "DossierQueue", remote = "crate::services::Queue")]
pub enum QueueName {
    ToComplete,
    ToSchedule,
    OnAgenda,
    AwaitingDecision,
    RenewalsDue,
    PeriodsEnded,
    InProgress,
    Closed,
    ToTransfer,
}

/// A parcours de sortie, shown under its pseudonymous reference.
pub struct Dossier {
    view: DossierView,
    details: OnceCell<DossierDetails>,
}

impl From<DossierView> for Dossier {
    fn from(view: DossierView) -> Self {
        Self {
            view,
            details: OnceCell::new(),
        }
    }
}

impl Dossier {
    async fn details(&self, ctx: &Context<'_>) -> Result<&DossierDetails, ApiError> {
        self.details
            .get_or_try_init(|| async {
                services(ctx)
                    .dossier_details(
                        principal(ctx)?,
                        &self.view.row.department_code,
                        self.view.row.id,
                    )
                    .await
            })
            .await
    }
}

#[Object]
impl Dossier {
    async fn id(&self) -> Uuid {
        self.view.row.id
    }
    async fn department_code(&self) -> &str {
        &self.view.row.department_code
    }
    /// Pseudonymous reference (`75-2026-0001`), used everywhere instead of a name.
    async fn reference(&self) -> &str {
        &self.view.row.reference
    }
    async fn status(&self) -> StatusName {
        self.view.state.status().into()
    }
    /// 0 for the first request, n while the n-th renewal is being requested.
    async fn renewal_number(&self) -> i32 {
        self.view.row.renewal_number.into()
    }
    /// Send it back with every change: a stale version gets CONFLICT.
    async fn version(&self) -> i32 {
        self.view.row.version
    }
    async fn stop_reason(&self) -> Option<StopReasonName> {
        self.view.state.stop_reason().map(Into::into)
    }
    async fn sex(&self) -> Option<&str> {
        self.view.row.sex.as_deref()
    }
    async fn age_band(&self) -> Option<&str> {
        self.view.row.age_band.as_deref()
    }
    async fn nationality_group(&self) -> Option<&str> {
        self.view.row.nationality_group.as_deref()
    }
    /// The person's choice about statistical use (null: not recorded).
    async fn statistics_consent(&self) -> Option<bool> {
        self.view.row.statistics_consent
    }
    async fn children(&self) -> Option<i32> {
        self.view.row.children.map(Into::into)
    }
    /// The person's commitments (document de suivi).
    async fn commitments(&self) -> Option<&str> {
        self.view.row.commitments.as_deref()
    }
    /// The association's own avis on the request.
    async fn association_avis(&self) -> Option<&str> {
        self.view.row.association_avis.as_deref()
    }
    /// A renewal's evaluation (R.121-12-9 §2): actions carried out and their results.
    async fn renewal_actions_results(&self) -> Option<&str> {
        self.view.row.renewal_actions_results.as_deref()
    }
    /// A renewal's evaluation: commitments of the document de suivi kept.
    async fn renewal_commitments_kept(&self) -> Option<&str> {
        self.view.row.renewal_commitments_kept.as_deref()
    }
    /// A renewal's evaluation: difficulties met.
    async fn renewal_difficulties(&self) -> Option<&str> {
        self.view.row.renewal_difficulties.as_deref()
    }
    async fn return_reason(&self) -> Option<&str> {
        self.view.row.return_reason.as_deref()
    }
    /// The open session whose agenda holds the dossier.
    async fn agenda_session_id(&self) -> Option<Uuid> {
        self.view.row.agenda_session_id
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.view.row.created_at
    }
    async fn updated_at(&self) -> DateTime<Utc> {
        self.view.row.updated_at
    }
    async fn submitted_at(&self) -> Option<DateTime<Utc>> {
        self.view.row.submitted_at
    }
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.view.row.closed_at
    }
    async fn association(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Association>> {
        let loaders = ctx.data_unchecked::<Loaders>();
        Ok(loaders
            .associations
            .load_one(self.view.row.association_id)
            .await?
            .map(Association))
    }
    /// The latest authorised period, if any.
    async fn current_period(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Period>> {
        let loaders = ctx.data_unchecked::<Loaders>();
        let key = (self.view.row.department_code.clone(), self.view.row.id);
        Ok(loaders.latest_periods.load_one(key).await?.map(Period))
    }
    /// The person's identity: the association that follows them and prefecture staff only.
    /// Every read is written to the audit log. Costly in the complexity score: a request can
    /// decrypt a few identities, never a bulk of them.
    #[graphql(complexity = 100)]
    async fn identity(&self, ctx: &Context<'_>) -> Result<Option<Identity>, ApiError> {
        let view = services(ctx)
            .dossier_identity(
                principal(ctx)?,
                &self.view.row.department_code,
                self.view.row.id,
            )
            .await?;
        Ok(view.map(|i| Identity {
            first_name: i.first_name,
            last_name: i.last_name,
            birth_date: i.birth_date,
            nationality: i.nationality,
            contact: i.contact,
        }))
    }
    async fn periods(&self, ctx: &Context<'_>) -> Result<Vec<Period>, ApiError> {
        Ok(self
            .details(ctx)
            .await?
            .periods
            .iter()
            .cloned()
            .map(Period)
            .collect())
    }
    async fn decisions(&self, ctx: &Context<'_>) -> Result<Vec<Decision>, ApiError> {
        Ok(self
            .details(ctx)
            .await?
            .decisions
            .iter()
            .cloned()
            .map(Decision)
            .collect())
    }
    async fn avis(&self, ctx: &Context<'_>) -> Result<Vec<Avis>, ApiError> {
        Ok(self
            .details(ctx)
            .await?
            .avis
            .iter()
            .cloned()
            .map(Avis)
            .collect())
    }
    /// The insertion project's actions (document de suivi).
    async fn actions(&self, ctx: &Context<'_>) -> Result<Vec<Action>, ApiError> {
        Ok(self
            .details(ctx)
            .await?
            .actions
            .iter()
            .cloned()
            .map(Action)
            .collect())
    }
    async fn documents(&self, ctx: &Context<'_>) -> Result<Vec<Document>, ApiError> {
        Ok(self
            .details(ctx)
            .await?
            .documents
            .iter()
            .cloned()
            .map(Document)
            .collect())
    }
    /// Every event on the dossier, oldest first.
    async fn timeline(&self, ctx: &Context<'_>) -> Result<Vec<TimelineEvent>, ApiError> {
        Ok(self
            .details(ctx)
            .await?
            .events
            .iter()
            .cloned()
            .map(TimelineEvent)
            .collect())
    }
}

pub struct Association(pub cdlp_db::accounts::AssociationRow);

#[Object]
impl Association {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn rna(&self) -> Option<&str> {
        self.0.rna.as_deref()
    }
    async fn siret(&self) -> Option<&str> {
        self.0.siret.as_deref()
    }
}

#[derive(SimpleObject)]
pub struct Identity {
    first_name: String,
    last_name: String,
    birth_date: Option<NaiveDate>,
    nationality: Option<String>,
    contact: Option<String>,
}

/// A 6-month authorisation and what the person receives during it.
pub struct Period(PeriodRow);

#[Object]
impl Period {
    async fn number(&self) -> i32 {
        self.0.number.into()
    }
    async fn start_date(&self) -> NaiveDate {
        self.0.start_date
    }
    async fn end_date(&self) -> NaiveDate {
        self.0.end_date
    }
    async fn decision_id(&self) -> Uuid {
        self.0.decision_id
    }
    async fn afis_requested_on(&self) -> Option<NaiveDate> {
        self.0.afis_requested_on
    }
    async fn afis_granted_on(&self) -> Option<NaiveDate> {
        self.0.afis_granted_on
    }
    /// Monthly AFIS in euro cents, from the legal scale in force when granted.
    async fn afis_monthly_cents(&self) -> Option<i32> {
        self.0.afis_monthly_cents
    }
    /// After a stop decision: the last month the AFIS is paid.
    async fn afis_last_paid_month(&self) -> Option<NaiveDate> {
        self.0.afis_last_paid_month
    }
    async fn aps_requested_on(&self) -> Option<NaiveDate> {
        self.0.aps_requested_on
    }
    async fn aps_issued_on(&self) -> Option<NaiveDate> {
        self.0.aps_issued_on
    }
    async fn housing_support(&self) -> Option<&str> {
        self.0.housing_support.as_deref()
    }
    /// The running period when the parcours was stopped: the stop's date (the period ends
    /// there; the AFIS after `afisLastPaidMonth`).
    async fn stopped_on(&self) -> Option<NaiveDate> {
        self.0.stopped_on
    }
    /// A period not started when the parcours was stopped: cancelled on the stop's date.
    async fn cancelled_on(&self) -> Option<NaiveDate> {
        self.0.cancelled_on
    }
}

pub struct Decision(DecisionRow);

#[Object]
impl Decision {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    async fn renewal_number(&self) -> i32 {
        self.0.renewal_number.into()
    }
    /// AUTHORISED, REFUSED or STOPPED.
    async fn outcome(&self) -> &str {
        &self.0.outcome
    }
    async fn decided_on(&self) -> NaiveDate {
        self.0.decided_on
    }
    async fn reference(&self) -> &str {
        &self.0.reference
    }
    async fn reasons(&self) -> &str {
        &self.0.reasons
    }
    async fn stop_reason(&self) -> Option<&str> {
        self.0.stop_reason.as_deref()
    }
}

pub struct Avis(AvisRow);

#[Object]
impl Avis {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    async fn session_id(&self) -> Uuid {
        self.0.session_id
    }
    async fn renewal_number(&self) -> i32 {
        self.0.renewal_number.into()
    }
    async fn kind(&self) -> &str {
        &self.0.kind
    }
    async fn votes_for(&self) -> i32 {
        self.0.votes_for
    }
    async fn votes_against(&self) -> i32 {
        self.0.votes_against
    }
    async fn abstentions(&self) -> i32 {
        self.0.abstentions
    }
    async fn casting_vote_used(&self) -> bool {
        self.0.casting_vote_used
    }
    async fn remarks(&self) -> Option<&str> {
        self.0.remarks.as_deref()
    }
    async fn recorded_at(&self) -> DateTime<Utc> {
        self.0.recorded_at
    }
}

pub struct Action(ActionRow);

#[Object]
impl Action {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    /// SOCIAL, PROFESSIONAL, HOUSING, HEALTH or LANGUAGE_TRAINING.
    async fn domain(&self) -> &str {
        &self.0.domain
    }
    async fn description(&self) -> &str {
        &self.0.description
    }
    async fn duration_months(&self) -> Option<i32> {
        self.0.duration_months.map(Into::into)
    }
    async fn expected_result(&self) -> Option<&str> {
        self.0.expected_result.as_deref()
    }
}

pub struct Document(DocumentRow);

#[Object]
impl Document {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    async fn kind(&self) -> &str {
        &self.0.kind
    }
    async fn filename(&self) -> &str {
        &self.0.filename
    }
    async fn content_type(&self) -> &str {
        &self.0.content_type
    }
    async fn size_bytes(&self) -> i32 {
        self.0.size_bytes
    }
    async fn sha256(&self) -> &str {
        &self.0.sha256
    }
    async fn uploaded_at(&self) -> DateTime<Utc> {
        self.0.uploaded_at
    }
}

pub struct TimelineEvent(EventRow);

#[Object]
impl TimelineEvent {
    async fn occurred_at(&self) -> DateTime<Utc> {
        self.0.occurred_at
    }
    async fn actor_user_id(&self) -> Option<Uuid> {
        self.0.actor_user_id
    }
    async fn actor_role(&self) -> Option<&str> {
        self.0.actor_role.as_deref()
    }
    async fn kind(&self) -> &str {
        &self.0.kind
    }
    async fn details(&self) -> &serde_json::Value {
        &self.0.details
    }
}

#[derive(SimpleObject)]
#[graphql(complex)]
pub struct DossierConnection {
    #[graphql(skip)]
    views: Vec<DossierView>,
    page_info: PageInfo,
    /// The query's département, queue and reference, for `totalCount`.
    #[graphql(skip)]
    selection: (String, Option<svc::Queue>, Option<String>),
}

#[ComplexObject]
impl DossierConnection {
    async fn nodes(&self) -> Vec<Dossier> {
        self.views.iter().cloned().map(Dossier::from).collect()
    }

    /// How many dossiers the query selects in all pages (counted only when asked).
    async fn total_count(&self, ctx: &Context<'_>) -> Result<i64, ApiError> {
        let (code, queue, reference) = &self.selection;
        services(ctx)
            .count_dossiers(principal(ctx)?, code, *queue, reference.clone())
            .await
    }
}

#[derive(SimpleObject)]
pub struct PageInfo {
    has_next_page: bool,
    /// Pass as `after` for the next page.
    end_cursor: Option<String>,
}

#[derive(InputObject)]
pub struct IdentityInput {
    first_name: String,
    last_name: String,
    birth_date: Option<NaiveDate>,
    nationality: Option<String>,
    contact: Option<String>,
}

impl From<IdentityInput> for svc::IdentityInput {
    fn from(i: IdentityInput) -> Self {
        Self {
            first_name: i.first_name,
            last_name: i.last_name,
            birth_date: i.birth_date,
            nationality: i.nationality,
            contact: i.contact,
        }
    }
}

#[derive(InputObject)]
pub struct ActionInput {
    /// SOCIAL, PROFESSIONAL, HOUSING, HEALTH or LANGUAGE_TRAINING.
    domain: String,
    description: String,
    duration_months: Option<i16>,
    expected_result: Option<String>,
}

impl From<ActionInput> for svc::ActionInput {
    fn from(a: ActionInput) -> Self {
        Self {
            domain: a.domain,
            description: a.description,
            duration_months: a.duration_months,
            expected_result: a.expected_result,
        }
    }
}

/// The fields an association fills in (all optional until submission).
#[derive(InputObject, Default)]
pub struct DossierContentInput {
    /// F, M or X.
    sex: Option<String>,
    /// 18_24, 25_34, 35_44, 45_54 or 55_PLUS (at the request).
    age_band: Option<String>,
    /// FRENCH, EU or NON_EU.
    nationality_group: Option<String>,
    statistics_consent: Option<bool>,
    children: Option<i16>,
    commitments: Option<String>,
    association_avis: Option<String>,
}

impl From<DossierContentInput> for svc::DossierContent {
    fn from(c: DossierContentInput) -> Self {
        Self {
            sex: c.sex,
            age_band: c.age_band,
            nationality_group: c.nationality_group,
            statistics_consent: c.statistics_consent,
            children: c.children,
            commitments: c.commitments,
            association_avis: c.association_avis,
        }
    }
}

#[derive(InputObject)]
pub struct CreateDossierInput {
    department_code: String,
    /// For people working for several associations.
    association_id: Option<Uuid>,
    #[graphql(default)]
    content: DossierContentInput,
    identity: Option<IdentityInput>,
    #[graphql(default)]
    actions: Vec<ActionInput>,
}

#[derive(InputObject)]
pub struct UpdateDossierInput {
    department_code: String,
    id: Uuid,
    version: i32,
    content: DossierContentInput,
    identity: Option<IdentityInput>,
    /// When given, replaces the actions.
    actions: Option<Vec<ActionInput>>,
}

/// A dossier and the version the caller saw.
#[derive(InputObject)]
pub struct DossierVersionInput {
    department_code: String,
    id: Uuid,
    version: i32,
}

#[derive(InputObject)]
pub struct WithdrawDossierInput {
    department_code: String,
    id: Uuid,
    version: i32,
    reason: Option<String>,
}

#[derive(InputObject)]
pub struct ReturnDossierInput {
    department_code: String,
    id: Uuid,
    version: i32,
    reason: String,
}

#[derive(InputObject)]
pub struct DecideDossierInput {
    department_code: String,
    id: Uuid,
    version: i32,
    outcome: DecisionName,
    decided_on: NaiveDate,
    /// The decision's reference (unique in the département).
    reference: String,
    reasons: String,
    /// First authorisation: start of the first period (defaults to the decision's date).
    period_start: Option<NaiveDate>,
}

#[derive(InputObject)]
pub struct StopParcoursInput {
    department_code: String,
    id: Uuid,
    version: i32,
    reason: StopReasonName,
    decided_on: NaiveDate,
    reference: String,
    reasons: String,
}

#[derive(InputObject)]
pub struct RecordPeriodBenefitsInput {
    department_code: String,
    dossier_id: Uuid,
    /// The dossier's version.
    version: i32,
    period_number: i16,
    /// Each field is a patch: left out, unchanged; null, cleared. Recorded by the association.
    afis_requested_on: MaybeUndefined<NaiveDate>,
    /// Recorded by the prefecture (it grants the AFIS); not before the request.
    afis_granted_on: MaybeUndefined<NaiveDate>,
    /// Recorded by the association.
    aps_requested_on: MaybeUndefined<NaiveDate>,
    /// Recorded by the prefecture (it issues the residence permit).
    aps_issued_on: MaybeUndefined<NaiveDate>,
    /// Recorded by the association.
    housing_support: MaybeUndefined<String>,
}

fn patch<T>(v: MaybeUndefined<T>) -> cdlp_domain::parcours::Patch<T> {
    match v {
        MaybeUndefined::Undefined => cdlp_domain::parcours::Patch::Keep,
        MaybeUndefined::Null => cdlp_domain::parcours::Patch::Clear,
        MaybeUndefined::Value(v) => cdlp_domain::parcours::Patch::Set(v),
    }
}

#[derive(InputObject)]
pub struct RenewalEvaluationInput {
    department_code: String,
    id: Uuid,
    /// The dossier's version.
    version: i32,
    /// Actions carried out and their results.
    actions_results: Option<String>,
    /// Commitments of the document de suivi kept.
    commitments_kept: Option<String>,
    /// Difficulties met.
    difficulties: Option<String>,
}

#[derive(InputObject)]
pub struct AttachDocumentInput {
    department_code: String,
    dossier_id: Uuid,
    /// The dossier's version.
    version: i32,
    kind: String,
    filename: String,
    /// application/pdf, image/jpeg, image/png or application/vnd.oasis.opendocument.text.
    content_type: String,
    /// The file, base64-encoded (10 MiB at most).
    content_base64: String,
}

#[derive(SimpleObject)]
pub struct DocumentContent {
    pub(crate) filename: String,
    pub(crate) content_type: String,
    pub(crate) content_base64: String,
}

#[derive(Default)]
pub struct DossierQuery;

#[Object]
impl DossierQuery {
    /// Dossiers of a département the caller may see, newest change first (keyset pagination).
    /// Its cost is the page size times what each dossier asks for.
    #[graphql(complexity = "(first.clamp(0, 10_000) as usize).saturating_mul(child_complexity)")]
    async fn dossiers(
        &self,
        ctx: &Context<'_>,
        department_code: String,
        queue: Option<QueueName>,
        reference: Option<String>,
        #[graphql(default = 50)] first: i64,
        after: Option<String>,
    ) -> Result<DossierConnection, ApiError> {
        let queue = queue.map(Into::into);
        let (views, has_next_page) = services(ctx)
            .dossiers(
                principal(ctx)?,
                &department_code,
                queue,
                reference.clone(),
                after,
                first,
            )
            .await?;
        let end_cursor = views.last().map(|v| svc::encode_cursor(&v.row));
        Ok(DossierConnection {
            views,
            page_info: PageInfo {
                has_next_page,
                end_cursor,
            },
            selection: (department_code, queue, reference),
        })
    }

    async fn dossier(
        &self,
        ctx: &Context<'_>,
        department_code: String,
        id: Uuid,
    ) -> Result<Option<Dossier>, ApiError> {
        Ok(services(ctx)
            .dossier(principal(ctx)?, &department_code, id)
            .await?
            .map(Dossier::from))
    }

    /// A prefect decision letter as a PDF (base64); it names the person, so it is audited.
    async fn decision_letter_pdf(
        &self,
        ctx: &Context<'_>,
        department_code: String,
        decision_id: Uuid,
    ) -> Result<String, ApiError> {
        let pdf = services(ctx)
            .decision_letter(principal(ctx)?, &department_code, decision_id)
            .await?;
        Ok(STANDARD.encode(pdf))
    }

    /// An attached document's content (audited).
    async fn document_content(
        &self,
        ctx: &Context<'_>,
        department_code: String,
        id: Uuid,
    ) -> Result<DocumentContent, ApiError> {
        let (row, bytes) = services(ctx)
            .document_content(principal(ctx)?, &department_code, id)
            .await?;
        Ok(DocumentContent {
            filename: row.filename,
            content_type: row.content_type,
            content_base64: STANDARD.encode(bytes),
        })
    }
}

#[derive(Default)]
pub struct DossierMutation;

#[Object]
impl DossierMutation {
    /// An association opens a first request (draft).
    async fn create_dossier(
        &self,
        ctx: &Context<'_>,
        input: CreateDossierInput,
    ) -> Result<Dossier, ApiError> {
        let view = services(ctx)
            .create_dossier(
                principal(ctx)?,
                &input.department_code,
                input.association_id,
                input.content.into(),
                input.identity.map(Into::into),
                input.actions.into_iter().map(Into::into).collect(),
            )
            .await?;
        Ok(view.into())
    }

    async fn update_dossier(
        &self,
        ctx: &Context<'_>,
        input: UpdateDossierInput,
    ) -> Result<Dossier, ApiError> {
        let view = services(ctx)
            .update_dossier(
                principal(ctx)?,
                &input.department_code,
                input.id,
                input.version,
                svc::DossierEdit {
                    content: input.content.into(),
                    identity: input.identity.map(Into::into),
                    actions: input
                        .actions
                        .map(|a| a.into_iter().map(Into::into).collect()),
                },
            )
            .await?;
        Ok(view.into())
    }

    async fn submit_dossier(
        &self,
        ctx: &Context<'_>,
        input: DossierVersionInput,
    ) -> Result<Dossier, ApiError> {
        Ok(services(ctx)
            .submit_dossier(
                principal(ctx)?,
                &input.department_code,
                input.id,
                input.version,
            )
            .await?
            .into())
    }

    async fn withdraw_dossier(
        &self,
        ctx: &Context<'_>,
        input: WithdrawDossierInput,
    ) -> Result<Dossier, ApiError> {
        Ok(services(ctx)
            .withdraw_dossier(
                principal(ctx)?,
                &input.department_code,
                input.id,
                input.version,
                input.reason,
            )
            .await?
            .into())
    }

    async fn return_dossier_for_completion(
        &self,
        ctx: &Context<'_>,
        input: ReturnDossierInput,
    ) -> Result<Dossier, ApiError> {
        Ok(services(ctx)
            .return_for_completion(
                principal(ctx)?,
                &input.department_code,
                input.id,
                input.version,
                &input.reason,
            )
            .await?
            .into())
    }

    /// The prefect's decision on the request in flight (first request or renewal).
    async fn decide_dossier(
        &self,
        ctx: &Context<'_>,
        input: DecideDossierInput,
    ) -> Result<Dossier, ApiError> {
        let decide = svc::DecideInput {
            outcome: input.outcome.into(),
            decided_on: input.decided_on,
            reference: input.reference,
            reasons: input.reasons,
            period_start: input.period_start,
        };
        Ok(services(ctx)
            .decide_dossier(
                principal(ctx)?,
                &input.department_code,
                input.id,
                input.version,
                decide,
            )
            .await?
            .into())
    }

    /// The association's evaluation of the running period, required to submit a renewal
    /// (R.121-12-9 §2). Each field is written whole.
    async fn record_renewal_evaluation(
        &self,
        ctx: &Context<'_>,
        input: RenewalEvaluationInput,
    ) -> Result<Dossier, ApiError> {
        Ok(services(ctx)
            .record_renewal_evaluation(
                principal(ctx)?,
                &input.department_code,
                input.id,
                input.version,
                [
                    input.actions_results,
                    input.commitments_kept,
                    input.difficulties,
                ],
            )
            .await?
            .into())
    }

    /// The association asks for the next 6-month period (three renewals at most), in the last
    /// months of the running period (the commission's renewal window).
    async fn request_renewal(
        &self,
        ctx: &Context<'_>,
        input: DossierVersionInput,
    ) -> Result<Dossier, ApiError> {
        Ok(services(ctx)
            .request_renewal(
                principal(ctx)?,
                &input.department_code,
                input.id,
                input.version,
            )
            .await?
            .into())
    }

    /// The prefect ends the parcours early; the AFIS stops from the next month.
    async fn stop_parcours(
        &self,
        ctx: &Context<'_>,
        input: StopParcoursInput,
    ) -> Result<Dossier, ApiError> {
        let stop = svc::StopInput {
            reason: input.reason.into(),
            decided_on: input.decided_on,
            reference: input.reference,
            reasons: input.reasons,
        };
        Ok(services(ctx)
            .stop_parcours(
                principal(ctx)?,
                &input.department_code,
                input.id,
                input.version,
                stop,
            )
            .await?
            .into())
    }

    /// What the person receives during a period (AFIS, APS, housing).
    async fn record_period_benefits(
        &self,
        ctx: &Context<'_>,
        input: RecordPeriodBenefitsInput,
    ) -> Result<Period, ApiError> {
        let benefits = svc::Benefits {
            afis_requested_on: patch(input.afis_requested_on),
            afis_granted_on: patch(input.afis_granted_on),
            aps_requested_on: patch(input.aps_requested_on),
            aps_issued_on: patch(input.aps_issued_on),
            housing_support: patch(input.housing_support),
        };
        let row = services(ctx)
            .record_benefits(
                principal(ctx)?,
                &input.department_code,
                input.dossier_id,
                input.version,
                input.period_number,
                benefits,
            )
            .await?;
        Ok(Period(row))
    }

    async fn attach_document(
        &self,
        ctx: &Context<'_>,
        input: AttachDocumentInput,
    ) -> Result<Document, ApiError> {
        let doc = svc::NewDocumentInput {
            kind: input.kind,
            filename: input.filename,
            content_type: input.content_type,
            content_base64: input.content_base64,
        };
        Ok(Document(
            services(ctx)
                .attach_document(
                    principal(ctx)?,
                    &input.department_code,
                    input.dossier_id,
                    input.version,
                    doc,
                )
                .await?,
        ))
    }
}

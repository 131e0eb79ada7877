use async_graphql::{Context, InputObject, Object, SimpleObject};
use cdlp_db::agrements::{
    AgrementEventRow, AgrementRow, DirectoryRow, PieceRow, RegistryRow, TransferRow,
};
use chrono::{DateTime, NaiveDate, Utc};
use tokio::sync::OnceCell;
use uuid::Uuid;

use super::accounts::{Invitation, RoleName};
use super::{RequestContext, principal, services};
use crate::ApiError;
use crate::services::{AgrementDecision, PieceInput, RegisterAssociation};

/// An association in the national registry.
pub struct AssociationRecord(RegistryRow);

#[Object]
impl AssociationRecord {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// Répertoire national des associations: W + 9 digits.
    async fn rna(&self) -> Option<&str> {
        self.0.rna.as_deref()
    }
    async fn siret(&self) -> Option<&str> {
        self.0.siret.as_deref()
    }
    async fn seat_address(&self) -> Option<&str> {
        self.0.seat_address.as_deref()
    }
    async fn seat_department_code(&self) -> Option<&str> {
        self.0.seat_department_code.as_deref()
    }
    async fn declared_on(&self) -> Option<NaiveDate> {
        self.0.declared_on
    }
    async fn contact_email(&self) -> Option<&str> {
        self.0.contact_email.as_deref()
    }
    async fn contact_phone(&self) -> Option<&str> {
        self.0.contact_phone.as_deref()
    }
}

/// An association's agrément (or request) in one département.
pub struct Agrement(AgrementRow, OnceCell<AgrementDetails>);

type AgrementDetails = (Vec<PieceRow>, Vec<cdlp_db::agrements::AgrementEventRow>);

impl From<AgrementRow> for Agrement {
    fn from(row: AgrementRow) -> Self {
        Self(row, OnceCell::new())
    }
}

impl Agrement {
    /// Pieces and timeline, read once per agrément whichever of the two is asked first.
    async fn details(&self, ctx: &Context<'_>) -> Result<&AgrementDetails, ApiError> {
        let principal = principal(ctx)?;
        self.1
            .get_or_try_init(|| services(ctx).agrement_details(principal, &self.0))
            .await
    }
}

#[Object]
impl Agrement {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    async fn department_code(&self) -> &str {
        &self.0.department_code
    }
    async fn association_id(&self) -> Uuid {
        self.0.association_id
    }
    async fn association_name(&self) -> &str {
        &self.0.association_name
    }
    /// REQUESTED, INCOMPLETE, COMPLETE, GRANTED, TACIT, REFUSED, SUSPENDED, WITHDRAWN or EXPIRED.
    async fn status(&self) -> &str {
        &self.0.status
    }
    /// Granted by four months of silence on a complete file.
    async fn tacit(&self) -> bool {
        self.0.tacit
    }
    async fn valid_from(&self) -> Option<NaiveDate> {
        self.0.valid_from
    }
    async fn valid_until(&self) -> Option<NaiveDate> {
        self.0.valid_until
    }
    async fn arrete_reference(&self) -> Option<&str> {
        self.0.arrete_reference.as_deref()
    }
    async fn requested_on(&self) -> Option<NaiveDate> {
        self.0.requested_on
    }
    /// Last day to notify missing pieces (two months after the request).
    async fn missing_pieces_deadline(&self) -> Option<NaiveDate> {
        self.0
            .requested_on
            .map(cdlp_domain::agrement::missing_pieces_deadline)
    }
    /// The day silence becomes a tacit agrément, while the request is open and complete.
    async fn tacit_on(&self) -> Option<NaiveDate> {
        let open = cdlp_domain::agrement::AgrementStatus::parse(&self.0.status)
            .is_some_and(|s| s.is_open());
        let complete = self.0.requested_on.and_then(|r| {
            cdlp_domain::agrement::complete_on(
                r,
                self.0.missing_pieces_notified_on.is_some(),
                self.0.completed_on,
            )
        });
        complete
            .filter(|_| open)
            .map(cdlp_domain::agrement::tacit_on)
    }
    async fn renewal_of(&self) -> Option<Uuid> {
        self.0.renewal_of
    }
    async fn missing_pieces(&self) -> Option<&str> {
        self.0.missing_pieces.as_deref()
    }
    async fn missing_pieces_notified_on(&self) -> Option<NaiveDate> {
        self.0.missing_pieces_notified_on
    }
    async fn completed_on(&self) -> Option<NaiveDate> {
        self.0.completed_on
    }
    async fn decided_on(&self) -> Option<NaiveDate> {
        self.0.decided_on
    }
    async fn reasons(&self) -> Option<&str> {
        self.0.reasons.as_deref()
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
    async fn pieces(&self, ctx: &Context<'_>) -> Result<Vec<AgrementPiece>, ApiError> {
        let (pieces, _) = self.details(ctx).await?;
        Ok(pieces.iter().cloned().map(AgrementPiece).collect())
    }
    async fn timeline(&self, ctx: &Context<'_>) -> Result<Vec<AgrementEvent>, ApiError> {
        let (_, events) = self.details(ctx).await?;
        Ok(events.iter().cloned().map(AgrementEvent).collect())
    }
}

pub struct AgrementPiece(PieceRow);

#[Object]
impl AgrementPiece {
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
    async fn uploaded_at(&self) -> DateTime<Utc> {
        self.0.uploaded_at
    }
}

pub struct AgrementEvent(AgrementEventRow);

#[Object]
impl AgrementEvent {
    async fn occurred_at(&self) -> DateTime<Utc> {
        self.0.occurred_at
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

/// An entry of the public directory.
#[derive(SimpleObject)]
pub struct AccreditedAssociation {
    association_id: Uuid,
    name: String,
    contact_email: Option<String>,
    contact_phone: Option<String>,
    seat_address: Option<String>,
    valid_until: Option<NaiveDate>,
}

impl From<DirectoryRow> for AccreditedAssociation {
    fn from(r: DirectoryRow) -> Self {
        Self {
            association_id: r.association_id,
            name: r.name,
            contact_email: r.contact_email,
            contact_phone: r.contact_phone,
            seat_address: r.seat_address,
            valid_until: r.valid_until,
        }
    }
}

pub struct Transfer(TransferRow);

#[Object]
impl Transfer {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    async fn department_code(&self) -> &str {
        &self.0.department_code
    }
    async fn dossier_id(&self) -> Uuid {
        self.0.dossier_id
    }
    async fn dossier_reference(&self) -> &str {
        &self.0.dossier_reference
    }
    async fn from_association_id(&self) -> Uuid {
        self.0.from_association_id
    }
    async fn to_association_id(&self) -> Uuid {
        self.0.to_association_id
    }
    async fn from_association_name(&self) -> Option<&str> {
        self.0.from_association_name.as_deref()
    }
    async fn to_association_name(&self) -> Option<&str> {
        self.0.to_association_name.as_deref()
    }
    /// PROPOSED, ACCEPTED, REFUSED or CANCELLED.
    async fn status(&self) -> &str {
        &self.0.status
    }
    async fn proposed_at(&self) -> DateTime<Utc> {
        self.0.proposed_at
    }
    async fn answered_at(&self) -> Option<DateTime<Utc>> {
        self.0.answered_at
    }
    async fn answer_reason(&self) -> Option<&str> {
        self.0.answer_reason.as_deref()
    }
}

#[derive(InputObject)]
pub struct RegisterAssociationInput {
    name: String,
    /// W followed by 9 digits.
    rna: String,
    /// 14 digits with a valid check digit.
    siret: String,
    seat_address: String,
    seat_department_code: String,
    /// Date of the declaration in préfecture (three years at least before an agrément request).
    declared_on: NaiveDate,
    contact_email: Option<String>,
    contact_phone: Option<String>,
    /// The legal representative, invited as first admin.
    admin_email: String,
}

#[derive(InputObject)]
pub struct PieceInputGql {
    /// GA_DELIBERATION, MEANS_AND_PARTNERS, STAFF_TRAINING, ASSOCIATION_IDENTITY or OTHER.
    kind: String,
    filename: String,
    /// application/pdf, image/jpeg or image/png.
    content_type: String,
    content_base64: String,
}

impl From<PieceInputGql> for PieceInput {
    fn from(p: PieceInputGql) -> Self {
        Self {
            kind: p.kind,
            filename: p.filename,
            content_type: p.content_type,
            content_base64: p.content_base64,
        }
    }
}

#[derive(InputObject)]
pub struct RequestAgrementInput {
    /// For people administering several associations.
    association_id: Option<Uuid>,
    /// One request is filed per département.
    department_codes: Vec<String>,
    pieces: Vec<PieceInputGql>,
}

#[derive(InputObject)]
pub struct AgrementStepInput {
    department_code: String,
    id: Uuid,
    version: i32,
}

#[derive(InputObject)]
pub struct RequestMissingPiecesInput {
    department_code: String,
    id: Uuid,
    version: i32,
    /// What is missing, as the association will read it.
    missing: String,
}

#[derive(InputObject)]
pub struct DecideAgrementInput {
    department_code: String,
    id: Uuid,
    version: i32,
    granted: bool,
    arrete_reference: Option<String>,
    /// Start of validity (defaults to today, or the day after the renewed agrément ends).
    start_date: Option<NaiveDate>,
    /// Required for a refusal.
    reasons: Option<String>,
}

#[derive(InputObject)]
pub struct EndAgrementInput {
    department_code: String,
    id: Uuid,
    version: i32,
    reasons: String,
}

#[derive(InputObject)]
pub struct ReviewAgrementInput {
    department_code: String,
    id: Uuid,
    session_id: Uuid,
    /// FAVOURABLE, UNFAVOURABLE or ADJOURNED.
    kind: String,
    remarks: Option<String>,
}

#[derive(InputObject)]
pub struct ProposeTransferInput {
    department_code: String,
    dossier_id: Uuid,
    to_association_id: Uuid,
}

#[derive(InputObject)]
pub struct AnswerTransferInput {
    department_code: String,
    transfer_id: Uuid,
    accept: bool,
    reason: Option<String>,
}

#[derive(InputObject)]
pub struct InviteAssociationMemberInput {
    association_id: Uuid,
    email: String,
    /// ASSOCIATION_ADMIN or ASSOCIATION_WORKER.
    role: RoleName,
    /// Limits a worker to these départements (absent: all of the association's).
    department_codes: Option<Vec<String>>,
}

#[derive(Default)]
pub struct AgrementQuery;

#[Object]
impl AgrementQuery {
    /// The national registry (prefecture staff, operator); association staff see their own.
    async fn associations(
        &self,
        ctx: &Context<'_>,
        search: Option<String>,
    ) -> Result<Vec<AssociationRecord>, ApiError> {
        Ok(services(ctx)
            .associations(principal(ctx)?, search)
            .await?
            .into_iter()
            .map(AssociationRecord)
            .collect())
    }

    /// Agréments of a département (its prefecture), or the caller's association's.
    async fn agrements(
        &self,
        ctx: &Context<'_>,
        department_code: Option<String>,
        #[graphql(default)] statuses: Vec<String>,
    ) -> Result<Vec<Agrement>, ApiError> {
        Ok(services(ctx)
            .agrements(principal(ctx)?, department_code, statuses)
            .await?
            .into_iter()
            .map(Agrement::from)
            .collect())
    }

    /// One agrément (or request) of a département, for whoever may list it.
    async fn agrement(
        &self,
        ctx: &Context<'_>,
        department_code: String,
        id: Uuid,
    ) -> Result<Option<Agrement>, ApiError> {
        Ok(services(ctx)
            .agrements(principal(ctx)?, Some(department_code), vec![])
            .await?
            .into_iter()
            .find(|a| a.id == id)
            .map(Agrement::from))
    }

    /// A piece of an agrément request (base64), for the prefecture instructing it; audited.
    async fn agrement_piece_content(
        &self,
        ctx: &Context<'_>,
        department_code: String,
        agrement_id: Uuid,
        piece_id: Uuid,
    ) -> Result<super::dossiers::DocumentContent, ApiError> {
        let (piece, bytes) = services(ctx)
            .agrement_piece_content(principal(ctx)?, &department_code, agrement_id, piece_id)
            .await?;
        Ok(super::dossiers::DocumentContent {
            filename: piece.filename,
            content_type: piece.content_type,
            content_base64: base64::Engine::encode(
                &base64::engine::general_purpose::STANDARD,
                bytes,
            ),
        })
    }

    /// Public directory: associations with an agrément in force in a département. No sign-in.
    async fn accredited_associations(
        &self,
        ctx: &Context<'_>,
        department_code: String,
    ) -> Result<Vec<AccreditedAssociation>, ApiError> {
        Ok(services(ctx)
            .accredited_associations(&department_code)
            .await?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    async fn transfers(
        &self,
        ctx: &Context<'_>,
        department_code: String,
        #[graphql(default)] open_only: bool,
    ) -> Result<Vec<Transfer>, ApiError> {
        Ok(services(ctx)
            .transfers(principal(ctx)?, &department_code, open_only)
            .await?
            .into_iter()
            .map(Transfer)
            .collect())
    }
}

#[derive(Default)]
pub struct AgrementMutation;

#[Object]
impl AgrementMutation {
    /// An association signs up (no sign-in needed), or prefecture staff register it.
    async fn register_association(
        &self,
        ctx: &Context<'_>,
        input: RegisterAssociationInput,
    ) -> Result<AssociationRecord, ApiError> {
        let caller = ctx
            .data_opt::<RequestContext>()
            .and_then(|r| r.principal.as_ref());
        if caller.is_none() {
            services(ctx)
                .limit_anonymous("register", super::client(ctx))
                .await?;
        }
        let row = services(ctx)
            .register_association(
                caller,
                RegisterAssociation {
                    name: input.name,
                    rna: input.rna,
                    siret: input.siret,
                    seat_address: input.seat_address,
                    seat_department_code: input.seat_department_code,
                    declared_on: input.declared_on,
                    contact_email: input.contact_email,
                    contact_phone: input.contact_phone,
                    admin_email: input.admin_email,
                },
            )
            .await?;
        Ok(AssociationRecord(row))
    }

    /// The legal representative files one agrément request per département, with its pieces.
    async fn request_agrement(
        &self,
        ctx: &Context<'_>,
        input: RequestAgrementInput,
    ) -> Result<Vec<Agrement>, ApiError> {
        let rows = services(ctx)
            .request_agrement(
                principal(ctx)?,
                input.association_id,
                input.department_codes,
                input.pieces.into_iter().map(Into::into).collect(),
            )
            .await?;
        Ok(rows.into_iter().map(Agrement::from).collect())
    }

    async fn add_agrement_piece(
        &self,
        ctx: &Context<'_>,
        department_code: String,
        id: Uuid,
        piece: PieceInputGql,
    ) -> Result<Agrement, ApiError> {
        Ok(Agrement::from(
            services(ctx)
                .add_agrement_piece(principal(ctx)?, &department_code, id, piece.into())
                .await?,
        ))
    }

    /// Within two months of the request; stops the tacit-agrément clock until completion.
    async fn request_missing_pieces(
        &self,
        ctx: &Context<'_>,
        input: RequestMissingPiecesInput,
    ) -> Result<Agrement, ApiError> {
        Ok(Agrement::from(
            services(ctx)
                .request_missing_pieces(
                    principal(ctx)?,
                    &input.department_code,
                    input.id,
                    input.version,
                    &input.missing,
                )
                .await?,
        ))
    }

    /// The file is complete: four months of silence from today make a tacit agrément.
    async fn mark_agrement_complete(
        &self,
        ctx: &Context<'_>,
        input: AgrementStepInput,
    ) -> Result<Agrement, ApiError> {
        Ok(Agrement::from(
            services(ctx)
                .mark_agrement_complete(
                    principal(ctx)?,
                    &input.department_code,
                    input.id,
                    input.version,
                )
                .await?,
        ))
    }

    async fn decide_agrement(
        &self,
        ctx: &Context<'_>,
        input: DecideAgrementInput,
    ) -> Result<Agrement, ApiError> {
        let decision = AgrementDecision {
            granted: input.granted,
            arrete_reference: input.arrete_reference,
            start_date: input.start_date,
            reasons: input.reasons,
        };
        Ok(Agrement::from(
            services(ctx)
                .decide_agrement(
                    principal(ctx)?,
                    &input.department_code,
                    input.id,
                    input.version,
                    decision,
                )
                .await?,
        ))
    }

    /// The association asks for the renewal of an agrément in force.
    async fn renew_agrement(
        &self,
        ctx: &Context<'_>,
        department_code: String,
        id: Uuid,
    ) -> Result<Agrement, ApiError> {
        Ok(Agrement::from(
            services(ctx)
                .renew_agrement(principal(ctx)?, &department_code, id)
                .await?,
        ))
    }

    async fn suspend_agrement(
        &self,
        ctx: &Context<'_>,
        input: EndAgrementInput,
    ) -> Result<Agrement, ApiError> {
        Ok(Agrement::from(
            services(ctx)
                .end_agrement(
                    principal(ctx)?,
                    &input.department_code,
                    input.id,
                    input.version,
                    false,
                    &input.reasons,
                )
                .await?,
        ))
    }

    /// Lifts a suspension: the agrément is in force again until its end.
    async fn lift_agrement_suspension(
        &self,
        ctx: &Context<'_>,
        input: EndAgrementInput,
    ) -> Result<Agrement, ApiError> {
        Ok(Agrement::from(
            services(ctx)
                .lift_agrement_suspension(
                    principal(ctx)?,
                    &input.department_code,
                    input.id,
                    input.version,
                    &input.reasons,
                )
                .await?,
        ))
    }

    async fn withdraw_agrement(
        &self,
        ctx: &Context<'_>,
        input: EndAgrementInput,
    ) -> Result<Agrement, ApiError> {
        Ok(Agrement::from(
            services(ctx)
                .end_agrement(
                    principal(ctx)?,
                    &input.department_code,
                    input.id,
                    input.version,
                    true,
                    &input.reasons,
                )
                .await?,
        ))
    }

    /// Records the commission's avis on a request, given in a session.
    async fn review_agrement(
        &self,
        ctx: &Context<'_>,
        input: ReviewAgrementInput,
    ) -> Result<Agrement, ApiError> {
        Ok(Agrement::from(
            services(ctx)
                .review_agrement(
                    principal(ctx)?,
                    &input.department_code,
                    input.id,
                    input.session_id,
                    &input.kind,
                    input.remarks,
                )
                .await?,
        ))
    }

    /// The prefecture proposes to hand a dossier to another accredited association.
    async fn propose_transfer(
        &self,
        ctx: &Context<'_>,
        input: ProposeTransferInput,
    ) -> Result<Transfer, ApiError> {
        Ok(Transfer(
            services(ctx)
                .propose_transfer(
                    principal(ctx)?,
                    &input.department_code,
                    input.dossier_id,
                    input.to_association_id,
                )
                .await?,
        ))
    }

    /// The receiving association accepts (write access moves to it) or refuses.
    async fn answer_transfer(
        &self,
        ctx: &Context<'_>,
        input: AnswerTransferInput,
    ) -> Result<Transfer, ApiError> {
        Ok(Transfer(
            services(ctx)
                .answer_transfer(
                    principal(ctx)?,
                    &input.department_code,
                    input.transfer_id,
                    input.accept,
                    input.reason,
                )
                .await?,
        ))
    }

    /// An association admin limits a worker to some départements (null: every département
    /// of the association). Takes effect at the worker's next request. Returns true.
    async fn set_worker_departments(
        &self,
        ctx: &Context<'_>,
        association_id: Uuid,
        user_id: Uuid,
        department_codes: Option<Vec<String>>,
    ) -> Result<bool, ApiError> {
        services(ctx)
            .set_worker_departments(principal(ctx)?, association_id, user_id, department_codes)
            .await?;
        Ok(true)
    }

    /// An association admin invites a colleague (a worker possibly limited to some départements).
    async fn invite_association_member(
        &self,
        ctx: &Context<'_>,
        input: InviteAssociationMemberInput,
    ) -> Result<Invitation, ApiError> {
        Ok(Invitation(
            services(ctx)
                .invite_association_member(
                    principal(ctx)?,
                    input.association_id,
                    &input.email,
                    input.role.into(),
                    input.department_codes,
                )
                .await?,
            None,
        ))
    }
}

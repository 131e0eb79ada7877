//! The parcours de sortie: one dossier per person, from the association's first request to the
//! end of the parcours. Every mutation locks the dossier, checks the version the caller saw,
//! asks the domain whether the transition is allowed to this actor in this state, and writes
//! the change and its timeline event in one transaction.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use cdlp_db::dossiers::{self, DossierRow, StateChange};
use cdlp_db::{Context, Tx, audit};
use cdlp_domain::files;
use cdlp_domain::parcours::{
    Actor, BenefitDates, BenefitField, Decision, DossierState, Patch, Period, RENEWAL_EVALUATION,
    RENEWAL_WINDOW_MONTHS, StopReason, Territory, Transition, TransitionError, afis_monthly_cents,
    check_dates, check_decision_date, newly_counted, renewal_window, stop_plan,
};
use cdlp_domain::{DepartmentCode, Role, Scope};
use chrono::{Datelike, NaiveDate};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::{Principal, Services, parse_department, required_text};
use crate::ApiError;

/// Who acts on a dossier, as far as the rules are concerned.
#[derive(Debug, Clone, Copy)]
pub(crate) enum DossierActor {
    Prefecture(Role),
    Association { role: Role, association_id: Uuid },
    CommissionMember,
}

impl DossierActor {
    fn role(self) -> Role {
        match self {
            DossierActor::Prefecture(r) | DossierActor::Association { role: r, .. } => r,
            DossierActor::CommissionMember => Role::CommissionMember,
        }
    }

    fn domain_actor(self) -> Result<Actor, ApiError> {
        match self {
            DossierActor::Prefecture(_) => Ok(Actor::Prefecture),
            DossierActor::Association { .. } => Ok(Actor::Association),
            DossierActor::CommissionMember => Err(ApiError::forbidden()),
        }
    }

    pub(crate) fn context(self, principal: &Principal, code: &DepartmentCode) -> Context {
        Context {
            user_id: Some(principal.user_id),
            role: Some(self.role().as_str()),
            department: Some(code.clone()),
            association_id: match self {
                DossierActor::Association { association_id, .. } => Some(association_id),
                _ => None,
            },
            invitation_hash: None,
        }
    }
}

impl Principal {
    /// How this person may act on the dossiers of a département: prefecture staff first, then
    /// association staff (of `association` when they belong to several), then commission member.
    pub(crate) fn dossier_actor(
        &self,
        code: &DepartmentCode,
        association: Option<Uuid>,
    ) -> Result<DossierActor, ApiError> {
        if let Ok(role) = self.role_in(code, &[Role::PrefectureAdmin, Role::PrefectureAgent]) {
            return Ok(DossierActor::Prefecture(role));
        }
        let mut associations = self
            .memberships
            .iter()
            .filter_map(|m| match (&m.scope, m.role) {
                (
                    Scope::Association(id),
                    r @ (Role::AssociationAdmin | Role::AssociationWorker),
                ) if self.association_works_in(*id, code) => Some((*id, r)),
                _ => None,
            });
        let found = match association {
            Some(wanted) => associations.find(|(id, _)| *id == wanted),
            None => associations.next(),
        };
        if let Some((association_id, role)) = found {
            return Ok(DossierActor::Association {
                role,
                association_id,
            });
        }
        if self.role_in(code, &[Role::CommissionMember]).is_ok() {
            return Ok(DossierActor::CommissionMember);
        }
        Err(ApiError::forbidden())
    }
}

/// The statistical and follow-up fields an association edits.
#[derive(Debug, Clone, Default)]
pub struct DossierContent {
    pub sex: Option<String>,
    pub age_band: Option<String>,
    pub nationality_group: Option<String>,
    pub statistics_consent: Option<bool>,
    pub children: Option<i16>,
    pub commitments: Option<String>,
    pub association_avis: Option<String>,
}

/// An association's changes to a draft: content, and identity and actions when given.
pub struct DossierEdit {
    pub content: DossierContent,
    pub identity: Option<IdentityInput>,
    /// When given, replaces the actions.
    pub actions: Option<Vec<ActionInput>>,
}

#[derive(Debug, Clone)]
pub struct IdentityInput {
    pub first_name: String,
    pub last_name: String,
    pub birth_date: Option<NaiveDate>,
    pub nationality: Option<String>,
    pub contact: Option<String>,
}

#[derive(Debug, Clone)]
pub struct IdentityView {
    pub first_name: String,
    pub last_name: String,
    pub birth_date: Option<NaiveDate>,
    pub nationality: Option<String>,
    pub contact: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ActionInput {
    pub domain: String,
    pub description: String,
    pub duration_months: Option<i16>,
    pub expected_result: Option<String>,
}

pub struct DecideInput {
    pub outcome: Decision,
    pub decided_on: NaiveDate,
    pub reference: String,
    pub reasons: String,
    /// First authorisation only: when the period starts (defaults to the decision's date).
    pub period_start: Option<NaiveDate>,
}

/// What every prefect decision carries.
struct DecisionText<'a> {
    outcome: &'static str,
    stop_reason: Option<&'static str>,
    decided_on: NaiveDate,
    reference: &'a str,
    reasons: &'a str,
}

pub struct StopInput {
    pub reason: StopReason,
    pub decided_on: NaiveDate,
    pub reference: String,
    pub reasons: String,
}

/// A patch: a field left as `Keep` is unchanged.
#[derive(Default)]
pub struct Benefits {
    pub afis_requested_on: Patch<NaiveDate>,
    pub afis_granted_on: Patch<NaiveDate>,
    pub aps_requested_on: Patch<NaiveDate>,
    pub aps_issued_on: Patch<NaiveDate>,
    pub housing_support: Patch<String>,
}

pub struct NewDocumentInput {
    pub kind: String,
    pub filename: String,
    pub content_type: String,
    pub content_base64: String,
}

/// The work lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Queue {
    /// Drafts and dossiers returned to the association.
    ToComplete,
    /// Submitted, to put on a session's agenda.
    ToSchedule,
    OnAgenda,
    AwaitingDecision,
    /// In progress, the current period ending within 30 days.
    RenewalsDue,
    /// The last period is over.
    PeriodsEnded,
    InProgress,
    Closed,
    /// Open dossiers whose association's agrément is no longer in force: to hand over.
    ToTransfer,
}

/// A dossier as a caller may see it.
#[derive(Debug, Clone)]
pub struct DossierView {
    pub row: DossierRow,
    pub state: DossierState,
}

const DOCUMENT_MAX_BYTES: usize = 10 * 1024 * 1024;
const DOCUMENT_TYPES: [&str; 4] = [
    "application/pdf",
    "image/jpeg",
    "image/png",
    "application/vnd.oasis.opendocument.text",
];
const ACTION_DOMAINS: [&str; 5] = [
    "SOCIAL",
    "PROFESSIONAL",
    "HOUSING",
    "HEALTH",
    "LANGUAGE_TRAINING",
];

pub(crate) fn state_of(row: &DossierRow) -> Result<DossierState, ApiError> {
    let status = cdlp_domain::parcours::Status::parse(&row.status)
        .ok_or_else(|| ApiError::Internal("unknown status".into()))?;
    let stop = row.stop_reason.as_deref().and_then(StopReason::parse);
    DossierState::from_parts(status, row.renewal_number as u8, stop)
        .ok_or_else(|| ApiError::Internal("inconsistent state".into()))
}

fn transition_error(e: TransitionError) -> ApiError {
    match e {
        TransitionError::NotAllowedForActor => ApiError::forbidden(),
        other => ApiError::bad_input("state", other.to_string()),
    }
}

fn check_enum(
    field: &'static str,
    value: &Option<String>,
    allowed: &[&str],
) -> Result<(), ApiError> {
    match value {
        Some(v) if !allowed.contains(&v.as_str()) => {
            Err(ApiError::bad_input(field, format!("valeur inconnue : {v}")))
        }
        _ => Ok(()),
    }
}

/// With a birth date, the age band is the one it gives (filled in when absent); a band that
/// contradicts the birth date is refused rather than stored beside it.
fn age_band_from_birth(
    mut content: dossiers::Content,
    identity: Option<&IdentityInput>,
    today: NaiveDate,
) -> Result<dossiers::Content, ApiError> {
    let Some(birth) = identity.and_then(|i| i.birth_date) else {
        return Ok(content);
    };
    // No band under 18 or for an impossible date: nothing to derive or to contradict.
    let Some(band) = cdlp_domain::age::age_band(birth, today) else {
        return Ok(content);
    };
    match content.age_band.as_deref() {
        Some(given) if given != band => Err(ApiError::bad_input(
            "ageBand",
            format!("la tranche d'âge ne correspond pas à la date de naissance (qui donne {band})"),
        )),
        _ => {
            content.age_band = Some(band.to_owned());
            Ok(content)
        }
    }
}

fn clean_content(c: DossierContent) -> Result<dossiers::Content, ApiError> {
    check_enum("sex", &c.sex, &["F", "M", "X"])?;
    check_enum(
        "ageBand",
        &c.age_band,
        &["18_24", "25_34", "35_44", "45_54", "55_PLUS"],
    )?;
    check_enum(
        "nationalityGroup",
        &c.nationality_group,
        &["FRENCH", "EU", "NON_EU"],
    )?;
    if c.children.is_some_and(|n| !(0..=20).contains(&n)) {
        return Err(ApiError::bad_input("children", "entre 0 et 20"));
    }
    let text = |field: &'static str, v: Option<String>| -> Result<Option<String>, ApiError> {
        match v.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(t) => required_text(field, t, 10_000).map(Some),
        }
    };
    Ok(dossiers::Content {
        sex: c.sex,
        age_band: c.age_band,
        nationality_group: c.nationality_group,
        statistics_consent: c.statistics_consent,
        children: c.children,
        commitments: text("commitments", c.commitments)?,
        association_avis: text("associationAvis", c.association_avis)?,
    })
}

fn clean_actions(actions: Vec<ActionInput>) -> Result<Vec<dossiers::NewAction>, ApiError> {
    actions
        .into_iter()
        .map(|a| {
            if !ACTION_DOMAINS.contains(&a.domain.as_str()) {
                return Err(ApiError::bad_input(
                    "actions",
                    format!("domaine inconnu : {}", a.domain),
                ));
            }
            if a.duration_months.is_some_and(|d| !(1..=24).contains(&d)) {
                return Err(ApiError::bad_input(
                    "actions",
                    "une durée s'exprime en mois, de 1 à 24",
                ));
            }
            Ok(dossiers::NewAction {
                domain: a.domain,
                description: required_text("actions", &a.description, 2_000)?,
                duration_months: a.duration_months,
                expected_result: a
                    .expected_result
                    .map(|r| r.trim().to_owned())
                    .filter(|r| !r.is_empty()),
            })
        })
        .collect()
}

/// A transition under way: the locked dossier, its state before and after.
pub(crate) struct Step {
    pub(crate) tx: Tx,
    actor: DossierActor,
    pub(crate) dossier: DossierRow,
    next: DossierState,
}

impl Services {
    /// Seals identity fields with the département's key (created on first use).
    async fn seal_identity(
        &self,
        tx: &mut Tx,
        code: &DepartmentCode,
        dossier_id: Uuid,
        id: &IdentityInput,
    ) -> Result<dossiers::IdentityRow, ApiError> {
        let (version, key) = self.data_key(tx, code).await?;
        let ctx = |field: &str| format!("{code}/{dossier_id}/{field}");
        // Stored NFC, and refused now if a letter could not print it.
        let first = super::printable_name("identity.firstName", &id.first_name, 200)?;
        let last = super::printable_name("identity.lastName", &id.last_name, 200)?;
        let opt = |field: &str, v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| key.seal(&ctx(field), s))
        };
        Ok(dossiers::IdentityRow {
            key_version: version,
            first_name: key.seal(&ctx("first_name"), &first),
            last_name: key.seal(&ctx("last_name"), &last),
            birth_date: id
                .birth_date
                .map(|d| key.seal(&ctx("birth_date"), &d.to_string())),
            nationality: opt("nationality", &id.nationality),
            contact: opt("contact", &id.contact),
        })
    }

    async fn data_key(
        &self,
        tx: &mut Tx,
        code: &DepartmentCode,
    ) -> Result<(i16, cdlp_vault::DataKey), ApiError> {
        if dossiers::department_key(tx, code).await?.is_none() {
            let (_, wrapped) = self.vault.new_data_key(code.as_str());
            dossiers::insert_department_key(tx, code, &wrapped).await?;
        }
        let (version, wrapped) = dossiers::department_key(tx, code)
            .await?
            .ok_or_else(|| ApiError::Internal("no key".into()))?;
        let key = self
            .vault
            .unwrap_data_key(code.as_str(), &wrapped)
            .map_err(|e| ApiError::Internal(format!("vault: {e}")))?;
        Ok((version, key))
    }

    pub async fn create_dossier(
        &self,
        principal: &Principal,
        code: &str,
        association: Option<Uuid>,
        content: DossierContent,
        identity: Option<IdentityInput>,
        actions: Vec<ActionInput>,
    ) -> Result<DossierView, ApiError> {
        let code = parse_department(code)?;
        let actor = principal.dossier_actor(&code, association)?;
        let DossierActor::Association { association_id, .. } = actor else {
            return Err(ApiError::Forbidden(
                "seule une association agréée dépose un dossier".into(),
            ));
        };
        let content = clean_content(content)?;
        let content = age_band_from_birth(content, identity.as_ref(), self.today())?;
        let actions = clean_actions(actions)?;
        let mut tx = self.db.begin(&actor.context(principal, &code)).await?;
        if !dossiers::agrement_in_force(&mut tx, &code, association_id, self.today()).await? {
            return Err(ApiError::Forbidden(format!(
                "votre association n'a pas d'agrément en vigueur dans le département {code}"
            )));
        }
        let reference = dossiers::next_reference(&mut tx, &code, self.today().year()).await?;
        let state = DossierState::initial();
        let row = dossiers::insert(
            &mut tx,
            &code,
            &reference,
            association_id,
            state.status().as_str(),
            &content,
            principal.user_id,
        )
        .await?;
        if let Some(identity) = &identity {
            let sealed = self.seal_identity(&mut tx, &code, row.id, identity).await?;
            dossiers::upsert_identity(&mut tx, &code, row.id, association_id, &sealed).await?;
        }
        dossiers::replace_actions(&mut tx, &code, row.id, association_id, &actions).await?;
        event(
            &mut tx,
            &code,
            &row,
            (principal, actor),
            "CREATED",
            json!({ "reference": reference }),
        )
        .await?;
        tx.commit().await?;
        Ok(DossierView { row, state })
    }

    pub async fn update_dossier(
        &self,
        principal: &Principal,
        code: &str,
        id: Uuid,
        version: i32,
        edit: DossierEdit,
    ) -> Result<DossierView, ApiError> {
        let code = parse_department(code)?;
        let content = clean_content(edit.content)?;
        let content = age_band_from_birth(content, edit.identity.as_ref(), self.today())?;
        let actions = edit.actions.map(clean_actions).transpose()?;
        let identity = edit.identity;
        let (mut tx, actor, dossier) = self.lock_dossier(principal, &code, id, version).await?;
        if !matches!(actor, DossierActor::Association { .. }) {
            return Err(ApiError::Forbidden(
                "seule l'association qui suit la personne modifie le dossier".into(),
            ));
        }
        let state = state_of(&dossier)?;
        if !state.is_editable_by_association() {
            return Err(ApiError::bad_input(
                "state",
                "le dossier ne se modifie qu'en brouillon ou une fois renvoyé pour complément",
            ));
        }
        let row = dossiers::update_content(&mut tx, &code, id, &content).await?;
        if let Some(identity) = &identity {
            let sealed = self.seal_identity(&mut tx, &code, id, identity).await?;
            dossiers::upsert_identity(&mut tx, &code, id, row.association_id, &sealed).await?;
        }
        if let Some(actions) = &actions {
            dossiers::replace_actions(&mut tx, &code, id, row.association_id, actions).await?;
        }
        // The form saves as the person types: a run of edits by one person makes one timeline
        // entry (a new one at most every 30 minutes), not one per keystroke pause.
        let merged = dossiers::latest_event(&mut tx, &code, id)
            .await?
            .is_some_and(|(kind, actor_id, at)| {
                kind == "UPDATED"
                    && actor_id == Some(principal.user_id)
                    && chrono::Utc::now() - at < chrono::Duration::minutes(30)
            });
        if !merged {
            let changed = json!({ "identity": identity.is_some(), "actions": actions.as_ref().map(Vec::len) });
            event(&mut tx, &code, &row, (principal, actor), "UPDATED", changed).await?;
        }
        tx.commit().await?;
        Ok(DossierView { row, state })
    }

    /// Locks the dossier and checks who acts and which version they saw.
    pub(crate) async fn lock_dossier(
        &self,
        principal: &Principal,
        code: &DepartmentCode,
        id: Uuid,
        version: i32,
    ) -> Result<(Tx, DossierActor, DossierRow), ApiError> {
        let actor = principal.dossier_actor(code, None)?;
        if matches!(actor, DossierActor::CommissionMember) {
            return Err(ApiError::forbidden());
        }
        let mut tx = self.db.begin(&actor.context(principal, code)).await?;
        let dossier = dossiers::lock(&mut tx, code, id)
            .await?
            .ok_or_else(|| ApiError::not_found("dossier"))?;
        // An association acts for the dossiers it follows only (RLS shows it no other), and
        // only while its agrément is in force there: afterwards they are read-only to it.
        let actor = match actor {
            DossierActor::Association { role, .. } => {
                if !dossiers::agrement_in_force(&mut tx, code, dossier.association_id, self.today())
                    .await?
                {
                    return Err(ApiError::Forbidden(format!(
                        "l'agrément de votre association dans le département {code} n'est plus en vigueur : \
                         ses dossiers y sont en lecture seule"
                    )));
                }
                DossierActor::Association {
                    role,
                    association_id: dossier.association_id,
                }
            }
            other => other,
        };
        if dossier.version != version {
            return Err(ApiError::Conflict(format!(
                "le dossier a changé depuis votre lecture (version {} au lieu de {version}) : rechargez-le",
                dossier.version
            )));
        }
        Ok((tx, actor, dossier))
    }

    /// Starts a transition: the actor must be allowed to make it, the dossier's state must allow it.
    pub(crate) async fn begin_step(
        &self,
        principal: &Principal,
        code: &DepartmentCode,
        id: Uuid,
        version: i32,
        t: Transition,
    ) -> Result<Step, ApiError> {
        let (mut tx, actor, dossier) = self.lock_dossier(principal, code, id, version).await?;
        let authorised_periods = dossiers::periods(&mut tx, code, id).await?.len() as u8;
        let next = apply(&dossier, actor, t, authorised_periods)?;
        Ok(Step {
            tx,
            actor,
            dossier,
            next,
        })
    }

    /// Writes the new state and its timeline event, and commits.
    pub(crate) async fn finish_step(
        &self,
        mut step: Step,
        principal: &Principal,
        code: &DepartmentCode,
        kind: &str,
        details: Value,
        change: StateChange<'_>,
    ) -> Result<DossierView, ApiError> {
        let row = self
            .write_state(&mut step.tx, code, &step.dossier, step.next, change)
            .await?;
        event(
            &mut step.tx,
            code,
            &row,
            (principal, step.actor),
            kind,
            details,
        )
        .await?;
        self.notify_step(&mut step.tx, code, &row, kind).await?;
        step.tx.commit().await?;
        Ok(DossierView {
            row,
            state: step.next,
        })
    }

    pub(crate) async fn write_state(
        &self,
        tx: &mut Tx,
        code: &DepartmentCode,
        dossier: &DossierRow,
        next: DossierState,
        change: StateChange<'_>,
    ) -> Result<DossierRow, ApiError> {
        let stop = next.stop_reason().map(|r| r.as_str());
        let status = next.status();
        let change = StateChange {
            status: status.as_str(),
            renewal_number: next.renewal_number() as i16,
            stop_reason: stop,
            closed: !next.is_open(),
            at: Some(self.now()),
            ..change
        };
        Ok(dossiers::set_state(tx, code, dossier.id, change).await?)
    }

    pub async fn submit_dossier(
        &self,
        principal: &Principal,
        code: &str,
        id: Uuid,
        version: i32,
    ) -> Result<DossierView, ApiError> {
        let code = parse_department(code)?;
        let mut step = self
            .begin_step(principal, &code, id, version, Transition::Submit)
            .await?;
        if step.dossier.renewal_number == 0
            && !dossiers::agrement_in_force(
                &mut step.tx,
                &code,
                step.dossier.association_id,
                self.today(),
            )
            .await?
        {
            return Err(ApiError::Forbidden(format!(
                "votre association n'a pas d'agrément en vigueur dans le département {code}"
            )));
        }
        let mut missing = Vec::new();
        let d = &step.dossier;
        for (field, empty) in [
            ("sex", d.sex.is_none()),
            ("ageBand", d.age_band.is_none()),
            ("nationalityGroup", d.nationality_group.is_none()),
            ("commitments", d.commitments.is_none()),
            ("associationAvis", d.association_avis.is_none()),
        ] {
            if empty {
                missing.push(field);
            }
        }
        if dossiers::identity(&mut step.tx, &code, id).await?.is_none() {
            missing.push("identity");
        }
        if dossiers::actions(&mut step.tx, &code, id).await?.is_empty() {
            missing.push("actions");
        }
        // A renewal comes with its evaluation (R.121-12-9 §2).
        if d.renewal_number > 0 {
            for (field, value) in [
                ("actionsResults", &d.renewal_actions_results),
                ("commitmentsKept", &d.renewal_commitments_kept),
                ("difficulties", &d.renewal_difficulties),
            ] {
                if value.is_none() {
                    missing.push(field);
                }
            }
        }
        if !missing.is_empty() {
            let labels: Vec<&str> = missing.iter().map(|f| submission_field_label(f)).collect();
            return Err(ApiError::BadUserInput {
                message: format!("dossier incomplet : {}", labels.join(", ")),
                field: Some(missing[0]),
            });
        }
        let change = StateChange {
            submitted: true,
            return_reason: Some(None),
            ..StateChange::default()
        };
        // A request counts once, at its first submission (not again after a return).
        let renewal = step.dossier.renewal_number;
        let mut details = json!({ "renewal": renewal });
        if !cdlp_db::stats::had_event(&mut step.tx, &code, id, "SUBMITTED", renewal).await? {
            let metric = if renewal == 0 {
                "FIRST_REQUEST"
            } else {
                "RENEWAL_REQUEST"
            };
            count(
                &mut step.tx,
                &code,
                &step.dossier,
                self.today(),
                &[(metric, -1)],
                &mut details,
            )
            .await?;
        }
        self.finish_step(step, principal, &code, "SUBMITTED", details, change)
            .await
    }

    pub async fn withdraw_dossier(
        &self,
        principal: &Principal,
        code: &str,
        id: Uuid,
        version: i32,
        reason: Option<String>,
    ) -> Result<DossierView, ApiError> {
        let code = parse_department(code)?;
        let mut step = self
            .begin_step(principal, &code, id, version, Transition::Withdraw)
            .await?;
        cdlp_db::sessions::remove_open_item(&mut step.tx, &code, id).await?;
        let change = StateChange {
            agenda_session_id: Some(None),
            ..StateChange::default()
        };
        self.finish_step(
            step,
            principal,
            &code,
            "WITHDRAWN",
            json!({ "reason": reason }),
            change,
        )
        .await
    }

    pub async fn return_for_completion(
        &self,
        principal: &Principal,
        code: &str,
        id: Uuid,
        version: i32,
        reason: &str,
    ) -> Result<DossierView, ApiError> {
        let code = parse_department(code)?;
        let reason = required_text("reason", reason, 2_000)?;
        let mut step = self
            .begin_step(
                principal,
                &code,
                id,
                version,
                Transition::ReturnForCompletion,
            )
            .await?;
        cdlp_db::sessions::remove_open_item(&mut step.tx, &code, id).await?;
        let change = StateChange {
            agenda_session_id: Some(None),
            return_reason: Some(Some(&reason)),
            ..StateChange::default()
        };
        self.finish_step(
            step,
            principal,
            &code,
            "RETURNED",
            json!({ "reason": reason }),
            change,
        )
        .await
    }

    /// The association's evaluation of the running period, for a renewal in draft or sent back.
    pub async fn record_renewal_evaluation(
        &self,
        principal: &Principal,
        code: &str,
        id: Uuid,
        version: i32,
        evaluation: [Option<String>; 3],
    ) -> Result<DossierView, ApiError> {
        let code = parse_department(code)?;
        let (mut tx, actor, dossier) = self.lock_dossier(principal, &code, id, version).await?;
        if !matches!(actor, DossierActor::Association { .. }) {
            return Err(ApiError::Forbidden(
                "l'évaluation du renouvellement est rédigée par l'association".into(),
            ));
        }
        let state = state_of(&dossier)?;
        if dossier.renewal_number == 0 || !state.is_editable_by_association() {
            return Err(ApiError::bad_input(
                "id",
                "l'évaluation accompagne une demande de renouvellement en préparation",
            ));
        }
        let mut clean: [Option<String>; 3] = [None, None, None];
        for (i, (field, value)) in RENEWAL_EVALUATION.iter().zip(evaluation).enumerate() {
            clean[i] = match value.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(t) => Some(required_text(field.0, t, 10_000)?),
            };
        }
        let row = dossiers::set_evaluation(
            &mut tx,
            &code,
            id,
            [
                clean[0].as_deref(),
                clean[1].as_deref(),
                clean[2].as_deref(),
            ],
        )
        .await?;
        event(
            &mut tx,
            &code,
            &row,
            (principal, actor),
            "RENEWAL_EVALUATION_RECORDED",
            json!({ "renewal": row.renewal_number }),
        )
        .await?;
        tx.commit().await?;
        Ok(DossierView { row, state })
    }

    pub async fn request_renewal(
        &self,
        principal: &Principal,
        code: &str,
        id: Uuid,
        version: i32,
    ) -> Result<DossierView, ApiError> {
        let code = parse_department(code)?;
        let mut step = self
            .begin_step(principal, &code, id, version, Transition::RequestRenewal)
            .await?;
        // Only in the window before the running period ends (a setting of the commission).
        let window = cdlp_db::commissions::commission_of(&mut step.tx, &code)
            .await?
            .map_or(RENEWAL_WINDOW_MONTHS, |c| {
                c.renewal_window_months.max(1) as u32
            });
        if let Some(running) = dossiers::periods(&mut step.tx, &code, id)
            .await?
            .iter()
            .filter(|p| p.cancelled_on.is_none())
            .max_by_key(|p| p.number)
        {
            renewal_window(running.end_date, window, self.today())
                .map_err(|e| ApiError::bad_input("id", e))?;
        }
        // A new evaluation for this renewal.
        step.dossier =
            dossiers::set_evaluation(&mut step.tx, &code, id, [None, None, None]).await?;
        let n = step.next.renewal_number();
        self.finish_step(
            step,
            principal,
            &code,
            "RENEWAL_REQUESTED",
            json!({ "renewal": n }),
            StateChange::default(),
        )
        .await
    }

    pub async fn decide_dossier(
        &self,
        principal: &Principal,
        code: &str,
        id: Uuid,
        version: i32,
        input: DecideInput,
    ) -> Result<DossierView, ApiError> {
        let code = parse_department(code)?;
        let (mut step, decision, reference) = self
            .begin_decision(
                principal,
                &code,
                id,
                version,
                Transition::Decide(input.outcome),
                DecisionText {
                    outcome: input.outcome.as_str(),
                    stop_reason: None,
                    decided_on: input.decided_on,
                    reference: &input.reference,
                    reasons: &input.reasons,
                },
            )
            .await?;
        let mut details = json!({ "outcome": input.outcome.as_str(), "decisionId": decision.id, "reference": reference });
        if input.outcome == Decision::Authorised {
            let existing = dossiers::periods(&mut step.tx, &code, id).await?;
            let period = match existing.last() {
                None => Period::first(input.period_start.unwrap_or(input.decided_on)),
                Some(last) => Period {
                    number: last.number as u8,
                    start: last.start_date,
                    end: last.end_date,
                }
                .next(input.decided_on)
                .map_err(|e| ApiError::bad_input("state", e))?,
            };
            dossiers::insert_period(
                &mut step.tx,
                &code,
                id,
                step.dossier.association_id,
                period.number as i16,
                period.start,
                period.end,
                decision.id,
            )
            .await?;
            details["period"] =
                json!({ "number": period.number, "start": period.start, "end": period.end });
        }
        let delay = step
            .dossier
            .submitted_at
            .map(|s| (input.decided_on - s.date_naive()).num_days().clamp(0, 730) as i32)
            .unwrap_or(0);
        let renewal = step.dossier.renewal_number;
        let mut metrics = vec![
            (
                if input.outcome == Decision::Authorised {
                    "DECISION_AUTHORISED"
                } else {
                    "DECISION_REFUSED"
                },
                -1,
            ),
            ("DECISION_DELAY", delay),
        ];
        match (input.outcome, renewal) {
            (Decision::Authorised, 0) => metrics.push(("PARCOURS_STARTED", -1)),
            (Decision::Refused, n) if n > 0 => metrics.push(("PARCOURS_NOT_RENEWED", -1)),
            _ => {}
        }
        count(
            &mut step.tx,
            &code,
            &step.dossier,
            input.decided_on,
            &metrics,
            &mut details,
        )
        .await?;
        self.finish_step(
            step,
            principal,
            &code,
            "DECIDED",
            details,
            StateChange::default(),
        )
        .await
    }

    /// The common start of a prefect decision (on a request, or stopping a parcours): checks
    /// its text and date, moves the dossier and records the decision, whose reference must
    /// be unique.
    async fn begin_decision(
        &self,
        principal: &Principal,
        code: &DepartmentCode,
        id: Uuid,
        version: i32,
        transition: Transition,
        text: DecisionText<'_>,
    ) -> Result<(Step, dossiers::DecisionRow, String), ApiError> {
        let reference = required_text("reference", text.reference, 100)?;
        let reasons = required_text("reasons", text.reasons, 5_000)?;
        let mut step = self
            .begin_step(principal, code, id, version, transition)
            .await?;
        // After the request's submission and, for a decision on a request, after the avis.
        // The avis is given on the session's day.
        let avis_on = match transition {
            Transition::Decide(_) => {
                let mut last = None;
                for a in dossiers::avis_of(&mut step.tx, code, id).await? {
                    if a.renewal_number != step.dossier.renewal_number {
                        continue;
                    }
                    if let Some(s) =
                        cdlp_db::sessions::get(&mut step.tx, code, a.session_id).await?
                    {
                        last = last.max(Some(s.scheduled_at.date_naive()));
                    }
                }
                last
            }
            _ => None,
        };
        let submitted_on = match transition {
            Transition::Decide(_) => step.dossier.submitted_at.map(|s| s.date_naive()),
            _ => None,
        };
        check_decision_date(text.decided_on, submitted_on, avis_on, self.today())
            .map_err(|e| ApiError::bad_input("decidedOn", e))?;
        let decision = dossiers::insert_decision(
            &mut step.tx,
            code,
            dossiers::NewDecision {
                dossier_id: id,
                association_id: step.dossier.association_id,
                renewal_number: step.dossier.renewal_number,
                outcome: text.outcome,
                decided_on: text.decided_on,
                reference: &reference,
                reasons: &reasons,
                stop_reason: text.stop_reason,
                created_by: principal.user_id,
            },
        )
        .await
        .map_err(|e| match e {
            cdlp_db::DbError::Unique(_) => {
                ApiError::bad_input("reference", "cette référence de décision existe déjà")
            }
            other => other.into(),
        })?;
        Ok((step, decision, reference))
    }

    pub async fn stop_parcours(
        &self,
        principal: &Principal,
        code: &str,
        id: Uuid,
        version: i32,
        input: StopInput,
    ) -> Result<DossierView, ApiError> {
        let code = parse_department(code)?;
        let (mut step, decision, _) = self
            .begin_decision(
                principal,
                &code,
                id,
                version,
                Transition::Stop(input.reason),
                DecisionText {
                    outcome: "STOPPED",
                    stop_reason: Some(input.reason.as_str()),
                    decided_on: input.decided_on,
                    reference: &input.reference,
                    reasons: &input.reasons,
                },
            )
            .await?;
        // The AFIS stops from the month after the decision, in the running period; the periods
        // not started yet are cancelled.
        let periods: Vec<Period> = dossiers::periods(&mut step.tx, &code, id)
            .await?
            .iter()
            .map(|p| Period {
                number: p.number as u8,
                start: p.start_date,
                end: p.end_date,
            })
            .collect();
        let plan = stop_plan(&periods, input.decided_on);
        let last_paid = plan.afis_last_paid_month;
        let cancelled: Vec<i16> = plan.cancelled.iter().map(|n| i16::from(*n)).collect();
        dossiers::stop_periods(
            &mut step.tx,
            &code,
            id,
            plan.running.zip(last_paid).map(|(n, m)| (i16::from(n), m)),
            &cancelled,
            input.decided_on,
        )
        .await?;
        cdlp_db::sessions::remove_open_item(&mut step.tx, &code, id).await?;
        let mut details = json!({ "reason": input.reason.as_str(), "decisionId": decision.id, "afisLastPaidMonth": last_paid,
            "runningPeriod": plan.running, "cancelledPeriods": plan.cancelled });
        count(
            &mut step.tx,
            &code,
            &step.dossier,
            input.decided_on,
            &[("PARCOURS_STOPPED", -1)],
            &mut details,
        )
        .await?;
        let change = StateChange {
            agenda_session_id: Some(None),
            ..StateChange::default()
        };
        self.finish_step(step, principal, &code, "STOPPED", details, change)
            .await
    }

    /// Records what the person receives during a period, as a patch: the fields left out stay
    /// as they are; each field is recorded by whoever acts on it (see [`BenefitField`]); the
    /// AFIS amount comes from the legal scale in force on the day it was granted; each counted
    /// event is counted once.
    pub async fn record_benefits(
        &self,
        principal: &Principal,
        code: &str,
        id: Uuid,
        version: i32,
        number: i16,
        b: Benefits,
    ) -> Result<dossiers::PeriodRow, ApiError> {
        let code = parse_department(code)?;
        let (mut tx, actor, dossier) = self.lock_dossier(principal, &code, id, version).await?;
        let who = actor.domain_actor()?;
        let touched = [
            (BenefitField::AfisRequestedOn, b.afis_requested_on.is_keep()),
            (BenefitField::AfisGrantedOn, b.afis_granted_on.is_keep()),
            (BenefitField::ApsRequestedOn, b.aps_requested_on.is_keep()),
            (BenefitField::ApsIssuedOn, b.aps_issued_on.is_keep()),
            (BenefitField::HousingSupport, b.housing_support.is_keep()),
        ];
        for (field, keep) in touched {
            if !keep && field.recorded_by() != who {
                return Err(ApiError::Forbidden(format!(
                    "{} ({})",
                    field.refusal(),
                    field.name()
                )));
            }
        }
        let before = dossiers::periods(&mut tx, &code, id)
            .await?
            .into_iter()
            .find(|p| p.number == number)
            .ok_or_else(|| ApiError::not_found("période"))?;
        if before.cancelled_on.is_some() {
            return Err(ApiError::bad_input(
                "periodNumber",
                "cette période a été annulée par l'arrêt du parcours",
            ));
        }
        let dates = BenefitDates {
            afis_requested_on: b.afis_requested_on.apply(before.afis_requested_on),
            afis_granted_on: b.afis_granted_on.apply(before.afis_granted_on),
            aps_requested_on: b.aps_requested_on.apply(before.aps_requested_on),
            aps_issued_on: b.aps_issued_on.apply(before.aps_issued_on),
        };
        check_dates(&dates, self.today())
            .map_err(|(field, message)| ApiError::bad_input(field.name(), message))?;
        let territory = if code.is_mayotte() {
            Territory::Mayotte
        } else {
            Territory::Standard
        };
        let amount = if b.afis_granted_on.is_keep() {
            before.afis_monthly_cents
        } else {
            dates
                .afis_granted_on
                .map(|on| {
                    afis_monthly_cents(
                        on,
                        territory,
                        dossier.children.unwrap_or(0).clamp(0, 20) as u8,
                    )
                    .map(|a| a as i32)
                    .ok_or_else(|| {
                        ApiError::bad_input("afisGrantedOn", "aucun barème de l'AFIS à cette date")
                    })
                })
                .transpose()?
        };
        let housing = match b.housing_support {
            Patch::Set(h) => {
                let h = h.trim().to_owned();
                if h.is_empty() {
                    None
                } else {
                    Some(required_text("housingSupport", &h, 2_000)?)
                }
            }
            other => other.apply(before.housing_support.clone()),
        };
        let newly = newly_counted(&dates, &before.counted);
        let mut counted = before.counted.clone();
        counted.extend(newly.iter().map(|(_, m)| (*m).to_owned()));
        let period = dossiers::update_benefits(
            &mut tx,
            &code,
            id,
            number,
            &dossiers::Benefits {
                afis_requested_on: dates.afis_requested_on,
                afis_granted_on: dates.afis_granted_on,
                afis_monthly_cents: amount,
                aps_requested_on: dates.aps_requested_on,
                aps_issued_on: dates.aps_issued_on,
                housing_support: housing,
                counted,
            },
        )
        .await?;
        let dossier = dossiers::touch(&mut tx, &code, id).await?;
        let changed: Vec<&str> = touched
            .iter()
            .filter(|(_, keep)| !keep)
            .map(|(f, _)| f.name())
            .collect();
        let details = json!({ "period": number, "afisMonthlyCents": amount, "fields": changed });
        // One event per counting day, so that each carries its own statDate.
        if newly.is_empty() {
            event(
                &mut tx,
                &code,
                &dossier,
                (principal, actor),
                "BENEFITS_RECORDED",
                details.clone(),
            )
            .await?;
        }
        for (day, metric) in newly {
            let mut d = details.clone();
            count(&mut tx, &code, &dossier, day, &[(metric, -1)], &mut d).await?;
            event(
                &mut tx,
                &code,
                &dossier,
                (principal, actor),
                "BENEFITS_RECORDED",
                d,
            )
            .await?;
        }
        tx.commit().await?;
        Ok(period)
    }

    pub async fn attach_document(
        &self,
        principal: &Principal,
        code: &str,
        id: Uuid,
        version: i32,
        doc: NewDocumentInput,
    ) -> Result<dossiers::DocumentRow, ApiError> {
        let code = parse_department(code)?;
        let bytes = STANDARD
            .decode(doc.content_base64.trim())
            .map_err(|_| ApiError::bad_input("contentBase64", "contenu base64 invalide"))?;
        if bytes.is_empty() || bytes.len() > DOCUMENT_MAX_BYTES {
            return Err(ApiError::bad_input(
                "contentBase64",
                "un document pèse au plus 10 Mio",
            ));
        }
        if !DOCUMENT_TYPES.contains(&doc.content_type.as_str()) {
            return Err(ApiError::bad_input(
                "contentType",
                "formats acceptés : PDF, JPEG, PNG, ODT",
            ));
        }
        if !files::content_matches(&doc.content_type, &bytes) {
            return Err(ApiError::bad_input(
                "contentBase64",
                "le contenu du fichier ne correspond pas à son format déclaré",
            ));
        }
        let kind = required_text("kind", &doc.kind, 100)?;
        let filename = files::sanitize_filename(&required_text("filename", &doc.filename, 500)?);
        let (mut tx, actor, dossier) = self.lock_dossier(principal, &code, id, version).await?;
        let document_id = Uuid::new_v4();
        let key = format!("{code}/{id}/{document_id}");
        let sha = hex::encode(Sha256::digest(&bytes));
        let row = dossiers::insert_document(
            &mut tx,
            &code,
            dossiers::NewDocument {
                id: document_id,
                dossier_id: id,
                association_id: dossier.association_id,
                kind: &kind,
                filename: &filename,
                content_type: &doc.content_type,
                size_bytes: bytes.len() as i32,
                sha256: &sha,
                storage_key: &key,
                uploaded_by: principal.user_id,
            },
        )
        .await?;
        let dossier = dossiers::touch(&mut tx, &code, id).await?;
        event(
            &mut tx,
            &code,
            &dossier,
            (principal, actor),
            "DOCUMENT_ATTACHED",
            json!({ "documentId": document_id, "kind": kind }),
        )
        .await?;
        // Bytes first, row committed after: a failed write leaves no row pointing at nothing.
        self.storage.put(&key, &bytes).await?;
        tx.commit().await?;
        Ok(row)
    }

    pub async fn document_content(
        &self,
        principal: &Principal,
        code: &str,
        document_id: Uuid,
    ) -> Result<(dossiers::DocumentRow, Vec<u8>), ApiError> {
        let code = parse_department(code)?;
        let actor = principal.dossier_actor(&code, None)?;
        if matches!(actor, DossierActor::CommissionMember) {
            return Err(ApiError::forbidden());
        }
        let mut tx = self.db.begin(&actor.context(principal, &code)).await?;
        let row = dossiers::document(&mut tx, &code, document_id)
            .await?
            .ok_or_else(|| ApiError::not_found("document"))?;
        audit::append(
            &mut tx,
            audit::Entry {
                department: Some(&code),
                actor_user_id: Some(principal.user_id),
                actor_role: Some(actor.role().as_str()),
                action: "document.read",
                target_type: Some("document"),
                target_id: Some(row.id.to_string()),
                details: json!({ "dossierId": row.dossier_id }),
            },
        )
        .await?;
        tx.commit().await?;
        let bytes = self.storage.get(&row.storage_key).await?;
        Ok((row, bytes))
    }

    // ---- reads ----

    pub async fn dossier(
        &self,
        principal: &Principal,
        code: &str,
        id: Uuid,
    ) -> Result<Option<DossierView>, ApiError> {
        let code = parse_department(code)?;
        let (mut tx, _) = self.begin_read(principal, &code).await?;
        let row = dossiers::get(&mut tx, &code, id).await?;
        tx.commit().await?;
        row.map(|row| {
            Ok(DossierView {
                state: state_of(&row)?,
                row,
            })
        })
        .transpose()
    }

    /// A page of a work list; `after` is the cursor of the last row of the previous page.
    /// What a queue (and a reference prefix) selects, within what the caller may see.
    fn dossier_filter(
        &self,
        principal: &Principal,
        code: &DepartmentCode,
        queue: Option<Queue>,
        reference: Option<String>,
    ) -> Result<dossiers::Filter, ApiError> {
        let actor = principal.dossier_actor(code, None)?;
        let today = self.today();
        let statuses = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let mut filter = dossiers::Filter {
            reference_prefix: reference
                .map(|r| r.trim().to_owned())
                .filter(|r| !r.is_empty()),
            ..dossiers::Filter::default()
        };
        match queue {
            None => {}
            Some(Queue::ToComplete) => filter.statuses = statuses(&["DRAFT", "RETURNED"]),
            Some(Queue::ToSchedule) => filter.statuses = statuses(&["SUBMITTED"]),
            Some(Queue::OnAgenda) => filter.statuses = statuses(&["ON_AGENDA"]),
            Some(Queue::AwaitingDecision) => filter.statuses = statuses(&["AWAITING_DECISION"]),
            Some(Queue::RenewalsDue) => {
                filter.period_ends_between = Some((today, today + chrono::Days::new(30)))
            }
            Some(Queue::PeriodsEnded) => {
                filter.period_ended_before = Some(today);
                filter.statuses = statuses(&[
                    "IN_PROGRESS",
                    "DRAFT",
                    "SUBMITTED",
                    "RETURNED",
                    "ON_AGENDA",
                    "AWAITING_DECISION",
                ]);
            }
            Some(Queue::InProgress) => filter.statuses = statuses(&["IN_PROGRESS"]),
            Some(Queue::ToTransfer) => {
                filter.without_agrement_on = Some(today);
                filter.statuses = statuses(&[
                    "DRAFT",
                    "SUBMITTED",
                    "RETURNED",
                    "ON_AGENDA",
                    "AWAITING_DECISION",
                    "IN_PROGRESS",
                ]);
            }
            Some(Queue::Closed) => {
                filter.statuses = statuses(&[
                    "REFUSED",
                    "WITHDRAWN",
                    "COMPLETED",
                    "NOT_RENEWED",
                    "STOPPED",
                ])
            }
        }
        match actor {
            DossierActor::Association { association_id, .. } => {
                filter.association_id = Some(association_id)
            }
            DossierActor::CommissionMember => filter.on_agenda = true,
            DossierActor::Prefecture(_) => {}
        }
        Ok(filter)
    }

    /// How many dossiers a queue holds (what the caller may see of it).
    pub async fn count_dossiers(
        &self,
        principal: &Principal,
        code: &str,
        queue: Option<Queue>,
        reference: Option<String>,
    ) -> Result<i64, ApiError> {
        let code = parse_department(code)?;
        let filter = self.dossier_filter(principal, &code, queue, reference)?;
        let (mut tx, _) = self.begin_read(principal, &code).await?;
        let total = dossiers::count(&mut tx, &code, &filter).await?;
        tx.commit().await?;
        Ok(total)
    }

    pub async fn dossiers(
        &self,
        principal: &Principal,
        code: &str,
        queue: Option<Queue>,
        reference: Option<String>,
        after: Option<String>,
        first: i64,
    ) -> Result<(Vec<DossierView>, bool), ApiError> {
        let code = parse_department(code)?;
        let filter = self.dossier_filter(principal, &code, queue, reference)?;
        let after = after.map(|c| decode_cursor(&c)).transpose()?;
        let first = first.clamp(1, 100);
        let (mut tx, _) = self.begin_read(principal, &code).await?;
        let mut rows = dossiers::page(&mut tx, &code, &filter, after, first + 1).await?;
        tx.commit().await?;
        let has_next = rows.len() as i64 > first;
        rows.truncate(first as usize);
        let views = rows
            .into_iter()
            .map(|row| {
                Ok(DossierView {
                    state: state_of(&row)?,
                    row,
                })
            })
            .collect::<Result<_, ApiError>>()?;
        Ok((views, has_next))
    }

    /// The person's identity, for the association that follows them and prefecture staff only;
    /// every read is audited.
    pub async fn dossier_identity(
        &self,
        principal: &Principal,
        code: &str,
        id: Uuid,
    ) -> Result<Option<IdentityView>, ApiError> {
        let code = parse_department(code)?;
        let actor = principal.dossier_actor(&code, None)?;
        if matches!(actor, DossierActor::CommissionMember) {
            return Err(ApiError::Forbidden(
                "l'identité n'est pas communiquée aux membres de la commission".into(),
            ));
        }
        let mut tx = self.db.begin(&actor.context(principal, &code)).await?;
        let Some(sealed) = dossiers::identity(&mut tx, &code, id).await? else {
            return Ok(None);
        };
        let (_, wrapped) = dossiers::department_key(&mut tx, &code)
            .await?
            .ok_or_else(|| ApiError::Internal("no key".into()))?;
        let key = self
            .vault
            .unwrap_data_key(code.as_str(), &wrapped)
            .map_err(|e| ApiError::Internal(format!("vault: {e}")))?;
        let open = |field: &str, v: &[u8]| {
            key.open(&format!("{code}/{id}/{field}"), v)
                .map_err(|e| ApiError::Internal(format!("vault: {e}")))
        };
        let view = IdentityView {
            first_name: open("first_name", &sealed.first_name)?,
            last_name: open("last_name", &sealed.last_name)?,
            birth_date: sealed
                .birth_date
                .as_deref()
                .map(|v| open("birth_date", v))
                .transpose()?
                .and_then(|s| s.parse().ok()),
            nationality: sealed
                .nationality
                .as_deref()
                .map(|v| open("nationality", v))
                .transpose()?,
            contact: sealed
                .contact
                .as_deref()
                .map(|v| open("contact", v))
                .transpose()?,
        };
        audit::append(
            &mut tx,
            audit::Entry {
                department: Some(&code),
                actor_user_id: Some(principal.user_id),
                actor_role: Some(actor.role().as_str()),
                action: "identity.read",
                target_type: Some("dossier"),
                target_id: Some(id.to_string()),
                details: json!({}),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(Some(view))
    }

    /// Opens a read of a département's dossiers. Commission members read only while they sit,
    /// and not in the seats added by the décret of 30 Dec 2025 (those never see individual files).
    async fn begin_read(
        &self,
        principal: &Principal,
        code: &DepartmentCode,
    ) -> Result<(Tx, DossierActor), ApiError> {
        let actor = principal.dossier_actor(code, None)?;
        let mut tx = self.db.begin(&actor.context(principal, code)).await?;
        if matches!(actor, DossierActor::CommissionMember)
            && !cdlp_db::commissions::reviews_individual_files(
                &mut tx,
                code,
                principal.user_id,
                self.today(),
            )
            .await?
        {
            return Err(ApiError::Forbidden(
                "vous ne siégez pas pour l'examen des dossiers individuels".into(),
            ));
        }
        Ok((tx, actor))
    }

    /// Everything attached to one dossier that a page shows: periods, decisions, avis, actions,
    /// documents and the timeline, in one transaction.
    pub async fn dossier_details(
        &self,
        principal: &Principal,
        code: &str,
        id: Uuid,
    ) -> Result<DossierDetails, ApiError> {
        let code = parse_department(code)?;
        let (mut tx, _) = self.begin_read(principal, &code).await?;
        let details = DossierDetails {
            periods: dossiers::periods(&mut tx, &code, id).await?,
            decisions: dossiers::decisions(&mut tx, &code, id).await?,
            avis: dossiers::avis_of(&mut tx, &code, id).await?,
            actions: dossiers::actions(&mut tx, &code, id).await?,
            documents: dossiers::documents(&mut tx, &code, id).await?,
            events: dossiers::events(&mut tx, &code, id).await?,
        };
        tx.commit().await?;
        Ok(details)
    }

    /// The latest period of each dossier of a page (one query: the DataLoader's batch).
    pub async fn latest_periods(
        &self,
        principal: &Principal,
        code: &DepartmentCode,
        ids: &[Uuid],
    ) -> Result<Vec<dossiers::PeriodRow>, ApiError> {
        let (mut tx, _) = self.begin_read(principal, code).await?;
        let rows = dossiers::latest_periods(&mut tx, code, ids).await?;
        tx.commit().await?;
        Ok(rows)
    }

    /// Associations by id (national registry; one query for a page).
    pub async fn associations_by_id(
        &self,
        ids: &[Uuid],
    ) -> Result<Vec<cdlp_db::accounts::AssociationRow>, ApiError> {
        let mut tx = self.db.begin(&Context::default()).await?;
        let rows = cdlp_db::accounts::associations_by_id(&mut tx, ids).await?;
        tx.commit().await?;
        Ok(rows)
    }

    /// The decision letter, as a PDF (it names the person: same access and audit as identity).
    pub async fn decision_letter(
        &self,
        principal: &Principal,
        code: &str,
        decision_id: Uuid,
    ) -> Result<Vec<u8>, ApiError> {
        let code_parsed = parse_department(code)?;
        let actor = principal.dossier_actor(&code_parsed, None)?;
        let mut tx = self
            .db
            .begin(&actor.context(principal, &code_parsed))
            .await?;
        let decision = dossiers::decision(&mut tx, &code_parsed, decision_id)
            .await?
            .ok_or_else(|| ApiError::not_found("décision"))?;
        let dossier = dossiers::get(&mut tx, &code_parsed, decision.dossier_id)
            .await?
            .ok_or_else(|| ApiError::not_found("dossier"))?;
        let department = cdlp_db::departments::get(&mut tx, &code_parsed)
            .await?
            .ok_or_else(|| ApiError::not_found("département"))?;
        let association =
            cdlp_db::accounts::associations_by_id(&mut tx, &[dossier.association_id]).await?;
        let periods = dossiers::periods(&mut tx, &code_parsed, dossier.id).await?;
        // The commission's last avis on the request this decision answers.
        let avis = dossiers::avis_of(&mut tx, &code_parsed, dossier.id)
            .await?
            .into_iter()
            .rev()
            .find(|a| a.renewal_number == decision.renewal_number && a.kind != "ADJOURNED")
            .map(|a| cdlp_docs::CommissionAvis {
                given_on: a.recorded_at.date_naive(),
                favourable: a.kind == "FAVOURABLE",
            });
        // CRPA L.212-1: no letter without its signatory's name and quality.
        let signatory = cdlp_db::signatories::get(&mut tx, &code_parsed)
            .await?
            .ok_or_else(|| {
                ApiError::Conflict(
                    "le signataire des décisions n’est pas renseigné : un administrateur de la \
                     préfecture doit l’indiquer (page Commission, « Signataire des décisions »)"
                        .into(),
                )
            })?;
        let tribunal = signatory.tribunal.clone();
        tx.commit().await?;
        let identity = self.dossier_identity(principal, code, dossier.id).await?;
        let recipient = identity
            .map(|i| format!("{} {}", i.first_name, i.last_name))
            .unwrap_or_else(|| dossier.reference.clone());
        let act = letter_act(&decision)?;
        // A non-renewal ends the period in course: the latest one before this decision.
        let period = match act {
            cdlp_docs::Act::NonRenewal => periods.last(),
            _ => periods.iter().find(|p| p.decision_id == decision.id),
        };
        let letter = cdlp_docs::DecisionLetter {
            department_name: department.name.clone(),
            prefecture_name: format!("Préfecture — {}", department.name),
            reference: decision.reference.clone(),
            decided_on: decision.decided_on,
            recipient_name: recipient,
            association: association
                .first()
                .map(|a| a.name.clone())
                .unwrap_or_default(),
            dossier_reference: dossier.reference.clone(),
            act,
            period: period.map(|p| (p.start_date, p.end_date)),
            request_label: request_label(decision.renewal_number),
            avis: if decision.outcome == "STOPPED" {
                None
            } else {
                avis
            },
            reasons: decision.reasons.clone(),
            signatory: super::letters::letter_signatory(signatory),
            tribunal,
        };
        cdlp_docs::decision_letter_pdf(&letter).map_err(|e| ApiError::Internal(e.to_string()))
    }
}

/// The next state of a dossier for a transition by this actor (FORBIDDEN before BAD_USER_INPUT).
pub(crate) fn apply(
    dossier: &DossierRow,
    actor: DossierActor,
    t: Transition,
    authorised_periods: u8,
) -> Result<DossierState, ApiError> {
    state_of(dossier)?
        .apply(actor.domain_actor()?, t, authorised_periods)
        .map_err(transition_error)
}

pub struct DossierDetails {
    pub periods: Vec<dossiers::PeriodRow>,
    pub decisions: Vec<dossiers::DecisionRow>,
    pub avis: Vec<dossiers::AvisRow>,
    pub actions: Vec<dossiers::ActionRow>,
    pub documents: Vec<dossiers::DocumentRow>,
    pub events: Vec<dossiers::EventRow>,
}

/// The act a decision notifies: its outcome, whether it is a renewal, and the stop's reason.
fn letter_act(decision: &dossiers::DecisionRow) -> Result<cdlp_docs::Act, ApiError> {
    use cdlp_docs::{Act, StopGround};
    let renewal = decision.renewal_number > 0;
    Ok(match decision.outcome.as_str() {
        "AUTHORISED" if renewal => Act::Renewal,
        "AUTHORISED" => Act::FirstAuthorisation,
        "REFUSED" if renewal => Act::NonRenewal,
        "REFUSED" => Act::Refusal,
        "STOPPED" => Act::Stop(
            match decision.stop_reason.as_deref().and_then(StopReason::parse) {
                Some(StopReason::PersonRequest) => StopGround::PersonRequest,
                Some(StopReason::ConditionsNoLongerMet) => StopGround::ConditionsNoLongerMet,
                Some(StopReason::CommitmentsNotKept) => StopGround::CommitmentsNotKept,
                None => {
                    return Err(ApiError::Internal(format!(
                        "stop without a known reason: {:?}",
                        decision.stop_reason
                    )));
                }
            },
        ),
        other => return Err(ApiError::Internal(format!("unknown outcome {other}"))),
    })
}

pub(crate) fn request_label(renewal_number: i16) -> String {
    if renewal_number == 0 {
        "Première demande".into()
    } else {
        format!("Renouvellement n° {renewal_number}")
    }
}

/// Cursor of a row: base64 of `updated_at;id`, opaque to clients.
pub fn encode_cursor(row: &DossierRow) -> String {
    STANDARD.encode(format!("{};{}", row.updated_at.to_rfc3339(), row.id))
}

fn decode_cursor(cursor: &str) -> Result<(chrono::DateTime<chrono::Utc>, Uuid), ApiError> {
    let bad = || ApiError::bad_input("after", "curseur invalide");
    let raw = String::from_utf8(STANDARD.decode(cursor).map_err(|_| bad())?).map_err(|_| bad())?;
    let (at, id) = raw.split_once(';').ok_or_else(bad)?;
    Ok((
        chrono::DateTime::parse_from_rfc3339(at)
            .map_err(|_| bad())?
            .with_timezone(&chrono::Utc),
        id.parse().map_err(|_| bad())?,
    ))
}

/// Counts a dossier event in the indicators: adds its metrics to the counters (not for a
/// person who refused statistical use) and records them, with their day and the person's
/// coarse attributes, in the event's details: the timeline stays the raw truth the counters
/// can be recomputed from.
pub(crate) async fn count(
    tx: &mut Tx,
    code: &DepartmentCode,
    dossier: &DossierRow,
    day: NaiveDate,
    metrics: &[(&str, i32)],
    details: &mut Value,
) -> Result<(), ApiError> {
    if dossier.statistics_consent == Some(false) || metrics.is_empty() {
        return Ok(());
    }
    let dims = cdlp_db::stats::Dims {
        sex: dossier.sex.as_deref(),
        age_band: dossier.age_band.as_deref(),
        nationality_group: dossier.nationality_group.as_deref(),
    };
    for (metric, bucket) in metrics {
        cdlp_db::stats::bump(tx, code, day, metric, &dims, *bucket).await?;
    }
    details["statDate"] = json!(day);
    details["stats"] = json!(
        metrics
            .iter()
            .map(|(m, b)| json!({ "m": m, "b": b }))
            .collect::<Vec<_>>()
    );
    details["dims"] =
        json!({ "sex": dims.sex, "age": dims.age_band, "nat": dims.nationality_group });
    Ok(())
}

/// Appends the dossier's timeline event, in the caller's transaction.
/// What a field missing at submission is called on the form.
fn submission_field_label(field: &str) -> &'static str {
    match field {
        "sex" => "sexe",
        "ageBand" => "tranche d'âge",
        "nationalityGroup" => "groupe de nationalité",
        "commitments" => "engagements de la personne",
        "associationAvis" => "avis de l'association",
        "identity" => "identité",
        "actionsResults" | "commitmentsKept" | "difficulties" => RENEWAL_EVALUATION
            .iter()
            .find(|(f, _)| *f == field)
            .map_or("évaluation du renouvellement", |(_, label)| label),
        _ => "actions du projet d'insertion",
    }
}

pub(crate) async fn event(
    tx: &mut Tx,
    code: &DepartmentCode,
    dossier: &DossierRow,
    (principal, actor): (&Principal, DossierActor),
    kind: &str,
    details: Value,
) -> Result<(), ApiError> {
    dossiers::append_event(
        tx,
        code,
        dossiers::NewEvent {
            dossier_id: dossier.id,
            association_id: dossier.association_id,
            actor_user_id: Some(principal.user_id),
            actor_role: actor.role().as_str(),
            kind,
            details,
        },
    )
    .await?;
    Ok(())
}

#[cfg(test)]
mod letter_tests {
    use super::*;
    use cdlp_docs::{Act, StopGround};

    fn decision(outcome: &str, renewal_number: i16, stop: Option<&str>) -> dossiers::DecisionRow {
        dossiers::DecisionRow {
            id: Uuid::nil(),
            dossier_id: Uuid::nil(),
            renewal_number,
            outcome: outcome.into(),
            decided_on: NaiveDate::from_ymd_opt(2026, 3, 20).unwrap(),
            reference: "R".into(),
            reasons: "x".into(),
            stop_reason: stop.map(Into::into),
            created_at: chrono::Utc::now(),
        }
    }

    #[test]
    fn each_decision_gets_the_letter_of_its_act() {
        let act = |o, n, s| letter_act(&decision(o, n, s)).unwrap();
        assert_eq!(act("AUTHORISED", 0, None), Act::FirstAuthorisation);
        assert_eq!(act("AUTHORISED", 2, None), Act::Renewal);
        assert_eq!(act("REFUSED", 0, None), Act::Refusal);
        assert_eq!(act("REFUSED", 1, None), Act::NonRenewal);
        // A stop is not a refusal, whatever the renewal number.
        for (reason, ground) in [
            ("COMMITMENTS_NOT_KEPT", StopGround::CommitmentsNotKept),
            ("PERSON_REQUEST", StopGround::PersonRequest),
            (
                "CONDITIONS_NO_LONGER_MET",
                StopGround::ConditionsNoLongerMet,
            ),
        ] {
            assert_eq!(act("STOPPED", 0, Some(reason)), Act::Stop(ground));
            assert_eq!(act("STOPPED", 3, Some(reason)), Act::Stop(ground));
        }
        assert!(letter_act(&decision("STOPPED", 0, None)).is_err());
        assert!(letter_act(&decision("MAYBE", 0, None)).is_err());
    }
}

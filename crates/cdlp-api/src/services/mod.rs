//! One function per use case. Each checks who may do it (for a clear error), opens one
//! transaction with the matching context (for row-level security to enforce it), and
//! writes its audit entry and e-mails in that same transaction.

mod accounts;
mod agrements;
mod commission;
mod convocations;
mod delivery;
mod departments;
mod dossiers;
mod exports;
mod jobs;
mod letters;
mod notices;
mod reports;
mod sessions;

use std::sync::{Arc, Mutex};

use cdlp_db::{Context, Db};
use cdlp_domain::{DepartmentCode, Membership, Role, Scope};
use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::ApiError;
use crate::auth::JwtKeys;
use crate::ratelimit::RateLimiter;

pub use accounts::{InvitationView, InviteUser, Session};
pub use agrements::{AgrementDecision, PieceInput, RegisterAssociation};
pub use commission::{AddMember, EndTerm, UpdateMember};
pub use convocations::{ConvocationKind, ConvocationView, NOTICE_DAYS, UPDATE_SETTLE_MINUTES};
pub use delivery::{DeliveryLimits, DeliveryReport, next_attempt};
pub use departments::{Onboard, Onboarded};
pub use dossiers::{
    ActionInput, Benefits, DecideInput, DossierContent, DossierDetails, DossierEdit, DossierView,
    IdentityInput, IdentityView, NewDocumentInput, Queue, StopInput, encode_cursor,
};
pub use exports::{ExportFormat, report_sheets};
pub use jobs::JobReport;
pub use letters::{SetSignatory, printable_name};
pub use reports::{
    Breakdown, ContextFigures, DIMENSIONS, FLOW_INDICATORS, IN_PROGRESS, IndicatorFigures,
    NationalReport, PeriodKind, RawFigures, ReportPeriod, build_report,
};
pub use sessions::{
    AttendanceEntry, AvisInput, BallotInput, ScheduleInput, SecondConvocationInput, SessionView,
};

/// Settings the services need from configuration.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Base URL of the web application, for links in e-mails.
    pub public_url: String,
    pub invitation_ttl: chrono::Duration,
    /// Serve GraphiQL at `GET /graphql` to browsers (off in production: it loads scripts
    /// from a CDN).
    pub graphiql: bool,
    /// Proxies whose `X-Forwarded-For` is believed (`CDLP_TRUSTED_PROXIES`); otherwise the
    /// client address is the socket's.
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

/// Everything a use case needs, shared by all requests.
#[derive(Clone)]
pub struct Services {
    pub db: Db,
    pub jwt: Arc<JwtKeys>,
    pub limiter: RateLimiter,
    pub settings: Arc<Settings>,
    /// Master key that wraps each département's identity key.
    pub vault: Arc<cdlp_vault::MasterKey>,
    pub storage: crate::storage::Storage,
    pub clock: Clock,
}

/// The time, injectable so that tests can advance it instead of sleeping.
#[derive(Clone, Debug, Default)]
pub enum Clock {
    #[default]
    System,
    Fixed(Arc<Mutex<DateTime<Utc>>>),
}

impl Clock {
    pub fn fixed(at: DateTime<Utc>) -> Self {
        Clock::Fixed(Arc::new(Mutex::new(at)))
    }

    pub fn now(&self) -> DateTime<Utc> {
        match self {
            Clock::System => Utc::now(),
            Clock::Fixed(at) => *at.lock().unwrap_or_else(|p| p.into_inner()),
        }
    }

    /// Moves a fixed clock (no effect on the system clock).
    pub fn set(&self, to: DateTime<Utc>) {
        if let Clock::Fixed(at) = self {
            *at.lock().unwrap_or_else(|p| p.into_inner()) = to;
        }
    }
}

impl Services {
    fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    fn today(&self) -> chrono::NaiveDate {
        self.now().date_naive()
    }
}

/// The signed-in person and the roles they hold, read fresh at each request.
#[derive(Debug, Clone)]
pub struct Principal {
    pub user_id: Uuid,
    pub memberships: Vec<Membership>,
    /// Association memberships limited to some départements: (association, codes).
    pub association_limits: Vec<(Uuid, Vec<String>)>,
    /// When the session began (password typed), carried over by token refreshes.
    pub signed_in_at: chrono::DateTime<chrono::Utc>,
}

impl Principal {
    /// Whether an association membership lets its holder work in this département.
    pub fn association_works_in(&self, association_id: Uuid, code: &DepartmentCode) -> bool {
        self.association_limits
            .iter()
            .filter(|(a, _)| *a == association_id)
            .all(|(_, codes)| codes.iter().any(|c| c == code.as_str()))
    }
}

impl Principal {
    pub fn is_operator(&self) -> bool {
        self.memberships
            .iter()
            .any(|m| m.role == Role::PlatformOperator)
    }

    /// The first of `allowed` (in order of preference) that this person holds for the
    /// département; the operator's national role counts where it is allowed.
    pub fn role_in(&self, code: &DepartmentCode, allowed: &[Role]) -> Result<Role, ApiError> {
        let scope = Scope::Department(code.clone());
        allowed
            .iter()
            .copied()
            .find(|role| {
                self.memberships.iter().any(|m| {
                    m.role == *role
                        && (m.scope == scope
                            || (*role == Role::PlatformOperator && m.scope == Scope::National))
                })
            })
            .ok_or_else(ApiError::forbidden)
    }

    /// Context for acting in a département with a given role.
    fn in_department(&self, code: &DepartmentCode, role: Role) -> Context {
        Context {
            user_id: Some(self.user_id),
            role: Some(role.as_str()),
            department: Some(code.clone()),
            ..Context::default()
        }
    }
}

pub(crate) fn parse_department(raw: &str) -> Result<DepartmentCode, ApiError> {
    DepartmentCode::parse(raw).map_err(|e| ApiError::bad_input("departmentCode", e))
}

/// Trims free text and enforces its bounds.
pub(crate) fn required_text(
    field: &'static str,
    raw: &str,
    max: usize,
) -> Result<String, ApiError> {
    let s = raw.trim();
    if s.is_empty() {
        Err(ApiError::bad_input(field, "ce champ est obligatoire"))
    } else if s.chars().count() > max {
        Err(ApiError::bad_input(
            field,
            format!("{max} caractères au plus"),
        ))
    } else {
        Ok(s.to_owned())
    }
}

/// French label of a role, for e-mails.
pub(crate) fn role_label(role: Role) -> &'static str {
    match role {
        Role::PlatformOperator => "opérateur de la plateforme",
        Role::PrefectureAdmin => "administrateur de préfecture",
        Role::PrefectureAgent => "agent de préfecture",
        Role::CommissionMember => "membre de la commission",
        Role::AssociationAdmin => "administrateur d'association",
        Role::AssociationWorker => "intervenant d'association",
        Role::MinistryAnalyst => "analyste du ministère",
    }
}

//! A person's parcours de sortie de la prostitution (PSP), as a dossier: its state machine,
//! its 6-month periods, the AFIS scales and the commission session rules (CASF L.121-9,
//! R.121-12-6 ff.). Pure: dates are passed in, never read from a clock.

mod afis;
mod benefits;
mod period;
mod session;
mod state;

pub use afis::{AFIS_SCALES, AfisScale, Territory, afis_monthly_cents, afis_scale};
pub use benefits::{BenefitDates, BenefitField, Patch, check_dates, newly_counted};
pub use period::{
    MAX_PERIODS, MAX_RENEWALS, PERIOD_MONTHS, Period, PeriodError, RENEWAL_EVALUATION,
    RENEWAL_WINDOW_MONTHS, RenewalError, StopPlan, afis_last_paid_month, renewal_window, stop_plan,
};
pub use session::{
    Attendance, Ballot, MandateError, SessionError, SessionFacts, SessionStatus, Tally, Vote,
    avis_needs_ballots, check_mandates, may_vote, quorum_reached, tally,
};
pub use state::{
    Actor, AvisKind, Closure, Decision, DecisionDateError, DossierState, RequestKind, Stage,
    Status, StopReason, Transition, TransitionError, check_decision_date,
};

//! The dossier's state machine. One dossier is one person's parcours de sortie (PSP): a first
//! request, then up to three renewal requests, each instructed by the association, reviewed by
//! the commission (avis) and decided by the préfet (CASF L.121-9 II, R.121-12-9).

use super::period::{MAX_PERIODS, MAX_RENEWALS};

/// Which request is in flight: the first one (annexe 6 of the 2017 circulaire) or a renewal
/// (annexe 7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RequestKind {
    First,
    /// The n-th renewal, n in `1..=3`.
    Renewal(u8),
}

/// Where a request in flight stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    /// Being written by the association.
    Draft,
    /// Sent to the préfecture.
    Submitted,
    /// Sent back to the association to be completed.
    Returned,
    /// Put on the agenda of a commission session.
    OnAgenda,
    /// The commission gave its avis; the préfet has not decided yet.
    AwaitingDecision,
}

impl Stage {
    pub const ALL: [Stage; 5] = [
        Self::Draft,
        Self::Submitted,
        Self::Returned,
        Self::OnAgenda,
        Self::AwaitingDecision,
    ];
}

/// Why the préfet ends a parcours early.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StopReason {
    /// The person did not keep the commitments of the document de suivi.
    CommitmentsNotKept,
    /// The person asked to end the parcours.
    PersonRequest,
    /// The conditions (e.g. of residence or resources) are no longer met.
    ConditionsNoLongerMet,
}

impl StopReason {
    pub const ALL: [StopReason; 3] = [
        Self::CommitmentsNotKept,
        Self::PersonRequest,
        Self::ConditionsNoLongerMet,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::CommitmentsNotKept => "COMMITMENTS_NOT_KEPT",
            Self::PersonRequest => "PERSON_REQUEST",
            Self::ConditionsNoLongerMet => "CONDITIONS_NO_LONGER_MET",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// How a dossier ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Closure {
    /// The first request was refused.
    Refused,
    /// The association withdrew the first request.
    Withdrawn,
    /// The last authorised period ended with no renewal in flight.
    Completed,
    /// A renewal was refused.
    NotRenewed,
    /// The préfet ended the parcours early.
    Stopped(StopReason),
}

impl Closure {
    pub const ALL: [Closure; 7] = [
        Self::Refused,
        Self::Withdrawn,
        Self::Completed,
        Self::NotRenewed,
        Self::Stopped(StopReason::CommitmentsNotKept),
        Self::Stopped(StopReason::PersonRequest),
        Self::Stopped(StopReason::ConditionsNoLongerMet),
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DossierState {
    /// A first or renewal request in flight.
    Request {
        kind: RequestKind,
        stage: Stage,
    },
    /// An authorised period is running and no renewal request is in flight.
    InProgress,
    Closed(Closure),
}

/// Who acts on a dossier. The service maps user roles to these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Actor {
    Association,
    Prefecture,
    /// Scheduled jobs (e.g. closing dossiers whose last period is over).
    System,
}

impl Actor {
    pub const ALL: [Actor; 3] = [Self::Association, Self::Prefecture, Self::System];
}

/// The commission's avis on a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AvisKind {
    Favourable,
    Unfavourable,
    /// Decided by the commission, not voted: the association completes the file and resubmits.
    Adjourned,
}

impl AvisKind {
    pub const ALL: [AvisKind; 3] = [Self::Favourable, Self::Unfavourable, Self::Adjourned];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Favourable => "FAVOURABLE",
            Self::Unfavourable => "UNFAVOURABLE",
            Self::Adjourned => "ADJOURNED",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

/// The préfet's decision on a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Decision {
    Authorised,
    Refused,
}

impl Decision {
    pub const ALL: [Decision; 2] = [Self::Authorised, Self::Refused];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Authorised => "AUTHORISED",
            Self::Refused => "REFUSED",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Transition {
    Submit,
    Withdraw,
    ReturnForCompletion,
    AddToAgenda,
    /// Taken off the agenda before the session deliberates on it (or when its session was
    /// cancelled): the request waits for another session.
    RemoveFromAgenda,
    RecordAvis(AvisKind),
    Decide(Decision),
    RequestRenewal,
    Stop(StopReason),
    EndPeriod,
}

impl Transition {
    /// Every transition, with every payload.
    pub const ALL: [Transition; 15] = [
        Self::Submit,
        Self::Withdraw,
        Self::ReturnForCompletion,
        Self::AddToAgenda,
        Self::RemoveFromAgenda,
        Self::RecordAvis(AvisKind::Favourable),
        Self::RecordAvis(AvisKind::Unfavourable),
        Self::RecordAvis(AvisKind::Adjourned),
        Self::Decide(Decision::Authorised),
        Self::Decide(Decision::Refused),
        Self::RequestRenewal,
        Self::Stop(StopReason::CommitmentsNotKept),
        Self::Stop(StopReason::PersonRequest),
        Self::Stop(StopReason::ConditionsNoLongerMet),
        Self::EndPeriod,
    ];

    pub fn allowed_actors(&self) -> &'static [Actor] {
        match self {
            Self::Submit | Self::Withdraw | Self::RequestRenewal => &[Actor::Association],
            // The préfecture runs the commission's secretariat, so it records the avis too.
            Self::ReturnForCompletion
            | Self::AddToAgenda
            | Self::RemoveFromAgenda
            | Self::RecordAvis(_)
            | Self::Decide(_)
            | Self::Stop(_) => &[Actor::Prefecture],
            Self::EndPeriod => &[Actor::System],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    #[error("votre rôle ne permet pas cette action sur le dossier")]
    NotAllowedForActor,
    #[error("cette action n'est pas possible dans l'état actuel du dossier")]
    NotAllowedInState,
    #[error(
        "le parcours de sortie a atteint sa durée maximale de 24 mois : aucun renouvellement n'est possible"
    )]
    RenewalLimitReached,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DecisionDateError {
    #[error("une décision ne peut être datée du futur")]
    InTheFuture,
    #[error("une décision ne peut précéder le dépôt de la demande")]
    BeforeSubmission,
    #[error("le préfet décide après l'avis de la commission (L.121-9 II) : la date précède l'avis")]
    BeforeAvis,
}

/// A préfet's decision is dated between the request's submission (or the commission's avis,
/// which it follows: CASF L.121-9 II) and today. Wrong dates would also skew the decision
/// delays in the statistics.
pub fn check_decision_date(
    decided_on: chrono::NaiveDate,
    submitted_on: Option<chrono::NaiveDate>,
    avis_on: Option<chrono::NaiveDate>,
    today: chrono::NaiveDate,
) -> Result<(), DecisionDateError> {
    if decided_on > today {
        return Err(DecisionDateError::InTheFuture);
    }
    if submitted_on.is_some_and(|s| decided_on < s) {
        return Err(DecisionDateError::BeforeSubmission);
    }
    if avis_on.is_some_and(|a| decided_on < a) {
        return Err(DecisionDateError::BeforeAvis);
    }
    Ok(())
}

/// Flat status, for storage and queries. With `renewal_number` and `stop_reason` it rebuilds
/// the state (see [`DossierState::from_parts`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
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

impl Status {
    pub const ALL: [Status; 11] = [
        Self::Draft,
        Self::Submitted,
        Self::Returned,
        Self::OnAgenda,
        Self::AwaitingDecision,
        Self::InProgress,
        Self::Refused,
        Self::Withdrawn,
        Self::Completed,
        Self::NotRenewed,
        Self::Stopped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "DRAFT",
            Self::Submitted => "SUBMITTED",
            Self::Returned => "RETURNED",
            Self::OnAgenda => "ON_AGENDA",
            Self::AwaitingDecision => "AWAITING_DECISION",
            Self::InProgress => "IN_PROGRESS",
            Self::Refused => "REFUSED",
            Self::Withdrawn => "WITHDRAWN",
            Self::Completed => "COMPLETED",
            Self::NotRenewed => "NOT_RENEWED",
            Self::Stopped => "STOPPED",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// The request stage this status stands for, if any.
    pub fn stage(self) -> Option<Stage> {
        match self {
            Self::Draft => Some(Stage::Draft),
            Self::Submitted => Some(Stage::Submitted),
            Self::Returned => Some(Stage::Returned),
            Self::OnAgenda => Some(Stage::OnAgenda),
            Self::AwaitingDecision => Some(Stage::AwaitingDecision),
            Self::InProgress
            | Self::Refused
            | Self::Withdrawn
            | Self::Completed
            | Self::NotRenewed
            | Self::Stopped => None,
        }
    }
}

impl DossierState {
    pub fn initial() -> Self {
        Self::Request {
            kind: RequestKind::First,
            stage: Stage::Draft,
        }
    }

    /// Applies `t` on behalf of `actor`.
    ///
    /// `authorised_periods`: how many 6-month periods have been authorised so far (0..=4).
    /// Checks the actor FIRST (NotAllowedForActor, whatever the state), then the state.
    pub fn apply(
        &self,
        actor: Actor,
        t: Transition,
        authorised_periods: u8,
    ) -> Result<DossierState, TransitionError> {
        use DossierState::{Closed, InProgress, Request};
        use Stage::{AwaitingDecision, Draft, OnAgenda, Returned, Submitted};

        // Checked first so that a refusal never tells an actor anything about the state.
        if !t.allowed_actors().contains(&actor) {
            return Err(TransitionError::NotAllowedForActor);
        }
        let to = |kind, stage| Ok(Request { kind, stage });
        match (*self, t) {
            (
                Request {
                    kind,
                    stage: Draft | Returned,
                },
                Transition::Submit,
            ) => to(kind, Submitted),
            // A withdrawn renewal leaves the running period untouched.
            (Request { kind, .. }, Transition::Withdraw) => Ok(match kind {
                RequestKind::First => Closed(Closure::Withdrawn),
                RequestKind::Renewal(_) => InProgress,
            }),
            (
                Request {
                    kind,
                    stage: Submitted | OnAgenda,
                },
                Transition::ReturnForCompletion,
            ) => to(kind, Returned),
            (
                Request {
                    kind,
                    stage: Submitted,
                },
                Transition::AddToAgenda,
            ) => to(kind, OnAgenda),
            (
                Request {
                    kind,
                    stage: OnAgenda,
                },
                Transition::RemoveFromAgenda,
            ) => to(kind, Submitted),
            (
                Request {
                    kind,
                    stage: OnAgenda,
                },
                Transition::RecordAvis(avis),
            ) => match avis {
                AvisKind::Favourable | AvisKind::Unfavourable => to(kind, AwaitingDecision),
                AvisKind::Adjourned => to(kind, Returned),
            },
            (
                Request {
                    stage: AwaitingDecision,
                    ..
                },
                Transition::Decide(Decision::Authorised),
            ) => {
                // Unreachable with consistent inputs; guards the 24-month cap all the same.
                if authorised_periods >= MAX_PERIODS {
                    Err(TransitionError::RenewalLimitReached)
                } else {
                    Ok(InProgress)
                }
            }
            (
                Request {
                    kind,
                    stage: AwaitingDecision,
                },
                Transition::Decide(Decision::Refused),
            ) => Ok(Closed(match kind {
                RequestKind::First => Closure::Refused,
                RequestKind::Renewal(_) => Closure::NotRenewed,
            })),
            (InProgress, Transition::RequestRenewal) => match authorised_periods {
                // Nothing authorised yet: there is nothing to renew.
                0 => Err(TransitionError::NotAllowedInState),
                n if n >= MAX_PERIODS => Err(TransitionError::RenewalLimitReached),
                n => to(RequestKind::Renewal(n), Draft),
            },
            // A first request is refused, not stopped: there is no parcours yet.
            (
                InProgress
                | Request {
                    kind: RequestKind::Renewal(_),
                    ..
                },
                Transition::Stop(reason),
            ) => Ok(Closed(Closure::Stopped(reason))),
            (InProgress, Transition::EndPeriod) => Ok(Closed(Closure::Completed)),
            _ => Err(TransitionError::NotAllowedInState),
        }
    }

    /// The transitions `actor` may apply now, e.g. to show the matching buttons.
    pub fn available_transitions(&self, actor: Actor, authorised_periods: u8) -> Vec<Transition> {
        Transition::ALL
            .into_iter()
            .filter(|t| self.apply(actor, *t, authorised_periods).is_ok())
            .collect()
    }

    pub fn status(&self) -> Status {
        match self {
            Self::Request { stage, .. } => match stage {
                Stage::Draft => Status::Draft,
                Stage::Submitted => Status::Submitted,
                Stage::Returned => Status::Returned,
                Stage::OnAgenda => Status::OnAgenda,
                Stage::AwaitingDecision => Status::AwaitingDecision,
            },
            Self::InProgress => Status::InProgress,
            Self::Closed(closure) => match closure {
                Closure::Refused => Status::Refused,
                Closure::Withdrawn => Status::Withdrawn,
                Closure::Completed => Status::Completed,
                Closure::NotRenewed => Status::NotRenewed,
                Closure::Stopped(_) => Status::Stopped,
            },
        }
    }

    /// 0 for the first request or when no request is in flight, n for the n-th renewal.
    pub fn renewal_number(&self) -> u8 {
        match self {
            Self::Request {
                kind: RequestKind::Renewal(n),
                ..
            } => *n,
            _ => 0,
        }
    }

    pub fn stop_reason(&self) -> Option<StopReason> {
        match self {
            Self::Closed(Closure::Stopped(reason)) => Some(*reason),
            _ => None,
        }
    }

    /// Inverse of [`status`](Self::status), [`renewal_number`](Self::renewal_number) and
    /// [`stop_reason`](Self::stop_reason); `None` if the parts contradict each other.
    pub fn from_parts(
        status: Status,
        renewal_number: u8,
        stop_reason: Option<StopReason>,
    ) -> Option<Self> {
        if let Some(stage) = status.stage() {
            let kind = match renewal_number {
                0 => RequestKind::First,
                n if n <= MAX_RENEWALS => RequestKind::Renewal(n),
                _ => return None,
            };
            return stop_reason
                .is_none()
                .then_some(Self::Request { kind, stage });
        }
        if renewal_number != 0 {
            return None;
        }
        let closure = match (status, stop_reason) {
            (Status::InProgress, None) => return Some(Self::InProgress),
            (Status::Refused, None) => Closure::Refused,
            (Status::Withdrawn, None) => Closure::Withdrawn,
            (Status::Completed, None) => Closure::Completed,
            (Status::NotRenewed, None) => Closure::NotRenewed,
            (Status::Stopped, Some(reason)) => Closure::Stopped(reason),
            _ => return None,
        };
        Some(Self::Closed(closure))
    }

    /// The association may edit the file only while it is a draft or was sent back.
    pub fn is_editable_by_association(&self) -> bool {
        matches!(
            self,
            Self::Request {
                stage: Stage::Draft | Stage::Returned,
                ..
            }
        )
    }

    pub fn is_open(&self) -> bool {
        !matches!(self, Self::Closed(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    use Actor::{Association, Prefecture, System};
    use TransitionError::{NotAllowedForActor, NotAllowedInState, RenewalLimitReached};

    fn req(kind: RequestKind, stage: Stage) -> DossierState {
        DossierState::Request { kind, stage }
    }

    const FIRST: RequestKind = RequestKind::First;
    const RENEWAL: RequestKind = RequestKind::Renewal(1);

    /// Every kind of state: both kinds of request at every stage, in progress, every closure.
    fn all_states() -> Vec<DossierState> {
        let mut states = Vec::new();
        for kind in [FIRST, RENEWAL] {
            states.extend(Stage::ALL.map(|stage| req(kind, stage)));
        }
        states.push(DossierState::InProgress);
        states.extend(Closure::ALL.map(DossierState::Closed));
        states
    }

    /// Periods authorised so far, consistent with each state.
    fn consistent_periods(state: DossierState) -> u8 {
        match state {
            DossierState::Request {
                kind: RequestKind::First,
                ..
            } => 0,
            DossierState::Request {
                kind: RequestKind::Renewal(n),
                ..
            } => n,
            DossierState::InProgress | DossierState::Closed(_) => 1,
        }
    }

    /// Written independently of `allowed_actors`, so that the two check each other.
    fn owner(t: Transition) -> Actor {
        match t {
            Transition::Submit | Transition::Withdraw | Transition::RequestRenewal => Association,
            Transition::EndPeriod => System,
            _ => Prefecture,
        }
    }

    /// Every (state, transition) that succeeds for its owner; everything else must fail.
    fn allowed_table() -> Vec<(
        DossierState,
        Transition,
        Result<DossierState, TransitionError>,
    )> {
        use DossierState::{Closed, InProgress};
        use Stage::*;
        use Transition::*;
        let fav = RecordAvis(AvisKind::Favourable);
        let unfav = RecordAvis(AvisKind::Unfavourable);
        let adj = RecordAvis(AvisKind::Adjourned);
        let auth = Decide(Decision::Authorised);
        let refuse = Decide(Decision::Refused);
        let mut rows = vec![
            // Association
            (req(FIRST, Draft), Submit, Ok(req(FIRST, Submitted))),
            (req(FIRST, Returned), Submit, Ok(req(FIRST, Submitted))),
            (req(RENEWAL, Draft), Submit, Ok(req(RENEWAL, Submitted))),
            (req(RENEWAL, Returned), Submit, Ok(req(RENEWAL, Submitted))),
            (req(FIRST, Draft), Withdraw, Ok(Closed(Closure::Withdrawn))),
            (
                req(FIRST, Submitted),
                Withdraw,
                Ok(Closed(Closure::Withdrawn)),
            ),
            (
                req(FIRST, Returned),
                Withdraw,
                Ok(Closed(Closure::Withdrawn)),
            ),
            (
                req(FIRST, OnAgenda),
                Withdraw,
                Ok(Closed(Closure::Withdrawn)),
            ),
            (
                req(FIRST, AwaitingDecision),
                Withdraw,
                Ok(Closed(Closure::Withdrawn)),
            ),
            (req(RENEWAL, Draft), Withdraw, Ok(InProgress)),
            (req(RENEWAL, Submitted), Withdraw, Ok(InProgress)),
            (req(RENEWAL, Returned), Withdraw, Ok(InProgress)),
            (req(RENEWAL, OnAgenda), Withdraw, Ok(InProgress)),
            (req(RENEWAL, AwaitingDecision), Withdraw, Ok(InProgress)),
            (InProgress, RequestRenewal, Ok(req(RENEWAL, Draft))),
            // Prefecture
            (
                req(FIRST, Submitted),
                ReturnForCompletion,
                Ok(req(FIRST, Returned)),
            ),
            (
                req(FIRST, OnAgenda),
                ReturnForCompletion,
                Ok(req(FIRST, Returned)),
            ),
            (
                req(RENEWAL, Submitted),
                ReturnForCompletion,
                Ok(req(RENEWAL, Returned)),
            ),
            (
                req(RENEWAL, OnAgenda),
                ReturnForCompletion,
                Ok(req(RENEWAL, Returned)),
            ),
            (req(FIRST, Submitted), AddToAgenda, Ok(req(FIRST, OnAgenda))),
            (
                req(RENEWAL, Submitted),
                AddToAgenda,
                Ok(req(RENEWAL, OnAgenda)),
            ),
            (
                req(FIRST, OnAgenda),
                RemoveFromAgenda,
                Ok(req(FIRST, Submitted)),
            ),
            (
                req(RENEWAL, OnAgenda),
                RemoveFromAgenda,
                Ok(req(RENEWAL, Submitted)),
            ),
            (req(FIRST, OnAgenda), fav, Ok(req(FIRST, AwaitingDecision))),
            (
                req(FIRST, OnAgenda),
                unfav,
                Ok(req(FIRST, AwaitingDecision)),
            ),
            (req(FIRST, OnAgenda), adj, Ok(req(FIRST, Returned))),
            (
                req(RENEWAL, OnAgenda),
                fav,
                Ok(req(RENEWAL, AwaitingDecision)),
            ),
            (
                req(RENEWAL, OnAgenda),
                unfav,
                Ok(req(RENEWAL, AwaitingDecision)),
            ),
            (req(RENEWAL, OnAgenda), adj, Ok(req(RENEWAL, Returned))),
            (req(FIRST, AwaitingDecision), auth, Ok(InProgress)),
            (
                req(FIRST, AwaitingDecision),
                refuse,
                Ok(Closed(Closure::Refused)),
            ),
            (req(RENEWAL, AwaitingDecision), auth, Ok(InProgress)),
            (
                req(RENEWAL, AwaitingDecision),
                refuse,
                Ok(Closed(Closure::NotRenewed)),
            ),
            // System
            (InProgress, EndPeriod, Ok(Closed(Closure::Completed))),
        ];
        for reason in StopReason::ALL {
            let stopped = Ok(Closed(Closure::Stopped(reason)));
            rows.push((InProgress, Stop(reason), stopped));
            for stage in Stage::ALL {
                rows.push((req(RENEWAL, stage), Stop(reason), stopped));
            }
        }
        rows
    }

    #[test]
    fn a_decision_is_dated_between_the_request_or_the_avis_and_today() {
        let d = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
        let today = d("2026-06-30");
        let ok = check_decision_date(
            d("2026-06-10"),
            Some(d("2026-05-01")),
            Some(d("2026-06-10")),
            today,
        );
        assert_eq!(ok, Ok(()));
        assert_eq!(
            check_decision_date(d("2026-07-01"), None, None, today),
            Err(DecisionDateError::InTheFuture)
        );
        assert_eq!(
            check_decision_date(d("2026-04-30"), Some(d("2026-05-01")), None, today),
            Err(DecisionDateError::BeforeSubmission)
        );
        assert_eq!(
            check_decision_date(
                d("2026-06-09"),
                Some(d("2026-05-01")),
                Some(d("2026-06-10")),
                today
            ),
            Err(DecisionDateError::BeforeAvis)
        );
    }

    #[test]
    fn every_state_actor_and_transition() {
        let table = allowed_table();
        assert_eq!(table.len(), 52);
        let mut checked = 0;
        for state in all_states() {
            for t in Transition::ALL {
                for actor in Actor::ALL {
                    let expected = if actor != owner(t) {
                        Err(NotAllowedForActor)
                    } else {
                        table
                            .iter()
                            .find(|(s, tr, _)| *s == state && *tr == t)
                            .map_or(Err(NotAllowedInState), |(_, _, r)| *r)
                    };
                    let got = state.apply(actor, t, consistent_periods(state));
                    assert_eq!(got, expected, "{state:?} / {actor:?} / {t:?}");
                    checked += 1;
                }
            }
        }
        assert_eq!(checked, 18 * 15 * 3);
    }

    #[test]
    fn each_transition_has_one_actor() {
        for t in Transition::ALL {
            assert_eq!(t.allowed_actors(), &[owner(t)], "{t:?}");
        }
    }

    #[test]
    fn the_actor_is_checked_before_the_state_and_the_limit() {
        let closed = DossierState::Closed(Closure::Completed);
        assert_eq!(
            closed.apply(Prefecture, Transition::Submit, 0),
            Err(NotAllowedForActor)
        );
        assert_eq!(
            DossierState::InProgress.apply(Prefecture, Transition::RequestRenewal, 4),
            Err(NotAllowedForActor)
        );
    }

    #[test]
    fn renewals_are_numbered_and_capped() {
        let s = DossierState::InProgress;
        for n in 1..=3 {
            assert_eq!(
                s.apply(Association, Transition::RequestRenewal, n),
                Ok(req(RequestKind::Renewal(n), Stage::Draft))
            );
        }
        assert_eq!(
            s.apply(Association, Transition::RequestRenewal, 4),
            Err(RenewalLimitReached)
        );
        assert_eq!(
            s.apply(Association, Transition::RequestRenewal, 0),
            Err(NotAllowedInState)
        );
        // The state comes before the limit.
        assert_eq!(
            req(FIRST, Stage::Draft).apply(Association, Transition::RequestRenewal, 4),
            Err(NotAllowedInState)
        );
        assert_eq!(
            req(RequestKind::Renewal(3), Stage::AwaitingDecision).apply(
                Prefecture,
                Transition::Decide(Decision::Authorised),
                4
            ),
            Err(RenewalLimitReached)
        );
    }

    #[test]
    fn a_full_parcours_lasts_four_periods() {
        let mut s = DossierState::initial();
        let mut periods = 0;
        let path = [
            (Association, Transition::Submit),
            (Prefecture, Transition::AddToAgenda),
            (Prefecture, Transition::RecordAvis(AvisKind::Favourable)),
            (Prefecture, Transition::Decide(Decision::Authorised)),
        ];
        for round in 0..4 {
            if round > 0 {
                s = s
                    .apply(Association, Transition::RequestRenewal, periods)
                    .unwrap();
                assert_eq!(s.renewal_number(), round);
            }
            for (actor, t) in path {
                s = s.apply(actor, t, periods).unwrap();
            }
            periods += 1;
            assert_eq!(s, DossierState::InProgress);
        }
        assert_eq!(
            s.apply(Association, Transition::RequestRenewal, periods),
            Err(RenewalLimitReached)
        );
        s = s.apply(System, Transition::EndPeriod, periods).unwrap();
        assert_eq!(s, DossierState::Closed(Closure::Completed));
        assert!(!s.is_open());
    }

    #[test]
    fn editable_and_open_states() {
        for state in all_states() {
            let editable = matches!(
                state,
                DossierState::Request {
                    stage: Stage::Draft | Stage::Returned,
                    ..
                }
            );
            assert_eq!(state.is_editable_by_association(), editable, "{state:?}");
            assert_eq!(
                state.is_open(),
                !matches!(state, DossierState::Closed(_)),
                "{state:?}"
            );
        }
        assert_eq!(DossierState::initial(), req(FIRST, Stage::Draft));
    }

    #[test]
    fn available_transitions_follow_apply() {
        assert_eq!(
            DossierState::initial().available_transitions(Association, 0),
            vec![Transition::Submit, Transition::Withdraw]
        );
        assert!(
            DossierState::initial()
                .available_transitions(Prefecture, 0)
                .is_empty()
        );
        assert_eq!(
            DossierState::InProgress.available_transitions(Association, 4),
            vec![]
        );
    }

    #[test]
    fn names_round_trip() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        for r in StopReason::ALL {
            assert_eq!(StopReason::parse(r.as_str()), Some(r));
        }
        for a in AvisKind::ALL {
            assert_eq!(AvisKind::parse(a.as_str()), Some(a));
        }
        for d in Decision::ALL {
            assert_eq!(Decision::parse(d.as_str()), Some(d));
        }
        assert_eq!(Status::OnAgenda.as_str(), "ON_AGENDA");
        assert_eq!(Status::parse("draft"), None);
        assert_eq!(AvisKind::parse("FAVORABLE"), None);
    }

    #[test]
    fn from_parts_rejects_inconsistent_parts() {
        let reason = Some(StopReason::PersonRequest);
        assert_eq!(DossierState::from_parts(Status::Draft, 4, None), None);
        assert_eq!(DossierState::from_parts(Status::Draft, 0, reason), None);
        assert_eq!(DossierState::from_parts(Status::InProgress, 1, None), None);
        assert_eq!(DossierState::from_parts(Status::Stopped, 0, None), None);
        assert_eq!(DossierState::from_parts(Status::Refused, 0, reason), None);
        assert_eq!(
            DossierState::from_parts(Status::Submitted, 3, None),
            Some(req(RequestKind::Renewal(3), Stage::Submitted))
        );
        for status in Status::ALL {
            for n in 0..=4 {
                for r in [None, reason] {
                    if let Some(s) = DossierState::from_parts(status, n, r) {
                        assert_eq!(
                            (s.status(), s.renewal_number(), s.stop_reason()),
                            (status, n, r)
                        );
                    }
                }
            }
        }
    }

    /// Every (actor, transition) pair.
    fn all_moves() -> Vec<(Actor, Transition)> {
        Actor::ALL
            .into_iter()
            .flat_map(|a| Transition::ALL.map(|t| (a, t)))
            .collect()
    }

    /// Picks the next move of a random walk. `kind` 0: any move, even one that fails; 1: any
    /// move that succeeds; 2–3: one that keeps the dossier open; 4–15: one that also moves the
    /// request forward. Plain random moves close the dossier long before a fourth period.
    fn pick_move(
        state: DossierState,
        periods: u8,
        kind: u8,
        pick: u16,
    ) -> Option<(Actor, Transition)> {
        let moves = all_moves();
        if kind == 0 {
            return Some(moves[usize::from(pick) % moves.len()]);
        }
        let backward = |t: Transition| {
            matches!(
                t,
                Transition::Withdraw
                    | Transition::ReturnForCompletion
                    | Transition::RecordAvis(AvisKind::Adjourned)
            )
        };
        let ok: Vec<_> = moves
            .into_iter()
            .filter(|(a, t)| state.apply(*a, *t, periods).is_ok())
            .collect();
        let open: Vec<_> = ok
            .iter()
            .copied()
            .filter(|(a, t)| state.apply(*a, *t, periods).is_ok_and(|s| s.is_open()))
            .collect();
        let forward: Vec<_> = open
            .iter()
            .copied()
            .filter(|(_, t)| !backward(*t))
            .collect();
        let pool = [(4, forward), (2, open), (1, ok)]
            .into_iter()
            .find(|(min, pool)| kind >= *min && !pool.is_empty())
            .map(|(_, pool)| pool)?;
        Some(pool[usize::from(pick) % pool.len()])
    }

    proptest! {
        /// Random walks from `initial()`, checking the invariants at every step.
        #[test]
        fn walks_keep_the_invariants(steps in prop::collection::vec((0u8..16, any::<u16>()), 0..200)) {
            let moves = all_moves();
            let mut state = DossierState::initial();
            let mut periods: u8 = 0;
            for (kind, pick) in steps {
                let Some((actor, t)) = pick_move(state, periods, kind, pick) else {
                    break;
                };
                if let Ok(next) = state.apply(actor, t, periods) {
                    if t == Transition::Decide(Decision::Authorised) {
                        periods += 1;
                    }
                    state = next;
                }
                prop_assert!(periods <= MAX_PERIODS);
                prop_assert!(state.renewal_number() <= MAX_RENEWALS);
                if let DossierState::Request { kind: RequestKind::Renewal(n), .. } = state {
                    prop_assert_eq!(n, periods);
                }
                prop_assert_eq!(
                    DossierState::from_parts(state.status(), state.renewal_number(), state.stop_reason()),
                    Some(state)
                );
                if !state.is_open() {
                    for (a, t) in &moves {
                        prop_assert!(state.apply(*a, *t, periods).is_err());
                    }
                }
            }
        }

        #[test]
        fn closed_dossiers_accept_nothing(
            closure in prop::sample::select(Closure::ALL.to_vec()),
            actor in prop::sample::select(Actor::ALL.to_vec()),
            t in prop::sample::select(Transition::ALL.to_vec()),
            periods in any::<u8>(),
        ) {
            let got = DossierState::Closed(closure).apply(actor, t, periods);
            prop_assert!(matches!(got, Err(NotAllowedForActor | NotAllowedInState)), "{:?}", got);
        }
    }
}

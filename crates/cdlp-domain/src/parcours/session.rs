//! Commission session rules. No CDLP-specific text sets them: these follow the general regime
//! of consultative commissions (décret 2006-672 of 8 June 2006, arts. 9–14, now CRPA R.133-x)
//! and the 2017 circulaire for recusal.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::state::AvisKind;

/// Quorum (décret 2006-672 art. 11): at least half of the members composing the commission
/// present, taking part by audio or video conference, or having given a mandate; none is needed
/// on a second convocation on the same agenda. `counted` is what [`Attendance::counts_for_quorum`]
/// counts. A commission with no voting member cannot deliberate, whatever the convocation.
pub fn quorum_reached(voting_members: u32, counted: u32, second_convocation: bool) -> bool {
    if voting_members == 0 {
        return false;
    }
    // Widened so that doubling cannot overflow.
    second_convocation || 2 * u64::from(counted) >= u64::from(voting_members)
}

/// How a member takes part in a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Attendance {
    Present,
    /// By telephone or audiovisual conference (décret 2006-672 art. 11 counts them present).
    Remote,
    /// Absent, having given a mandate to the member named (art. 10).
    Mandate(Uuid),
    Absent,
}

impl Attendance {
    pub fn mode(self) -> &'static str {
        match self {
            Self::Present => "PRESENT",
            Self::Remote => "REMOTE",
            Self::Mandate(_) => "MANDATE",
            Self::Absent => "ABSENT",
        }
    }

    pub fn parse(mode: &str, mandate_to: Option<Uuid>) -> Option<Self> {
        match (mode, mandate_to) {
            ("PRESENT", None) => Some(Self::Present),
            ("REMOTE", None) => Some(Self::Remote),
            ("MANDATE", Some(to)) => Some(Self::Mandate(to)),
            ("ABSENT", None) => Some(Self::Absent),
            _ => None,
        }
    }

    pub fn mandate_to(self) -> Option<Uuid> {
        match self {
            Self::Mandate(to) => Some(to),
            _ => None,
        }
    }

    /// Present, remote or represented: counted for the quorum (art. 11).
    pub fn counts_for_quorum(self) -> bool {
        !matches!(self, Self::Absent)
    }

    /// Takes part in person (on site or remote): may cast a vote and hold a mandate.
    pub fn takes_part(self) -> bool {
        matches!(self, Self::Present | Self::Remote)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum MandateError {
    #[error("un membre ne peut se donner mandat à lui-même")]
    ToSelf,
    #[error("le mandat doit être donné à un membre qui siège à cette séance")]
    HolderNotSitting,
    #[error("le mandataire doit être présent ou participer à distance")]
    HolderAbsent,
    #[error("un membre ne peut détenir qu'un seul mandat")]
    HolderHoldsTwo,
}

/// Checks the mandates of a whole attendance sheet (décret 2006-672 art. 10): given to another
/// member sitting at the session who takes part in it, and at most one held by each member.
pub fn check_mandates(sheet: &[(Uuid, Attendance)]) -> Result<(), MandateError> {
    let mut holders = std::collections::HashSet::new();
    for (member, attendance) in sheet {
        let Some(holder) = attendance.mandate_to() else {
            continue;
        };
        if holder == *member {
            return Err(MandateError::ToSelf);
        }
        let held = sheet
            .iter()
            .find(|(m, _)| *m == holder)
            .ok_or(MandateError::HolderNotSitting)?;
        if !held.1.takes_part() {
            return Err(MandateError::HolderAbsent);
        }
        if !holders.insert(holder) {
            return Err(MandateError::HolderHoldsTwo);
        }
    }
    Ok(())
}

/// Where a session stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SessionStatus {
    Scheduled,
    /// Opened without quorum: nothing was deliberated; a second convocation follows.
    Adjourned,
    Cancelled,
    Closed,
}

impl SessionStatus {
    pub const ALL: [SessionStatus; 4] = [
        Self::Scheduled,
        Self::Adjourned,
        Self::Cancelled,
        Self::Closed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Scheduled => "SCHEDULED",
            Self::Adjourned => "ADJOURNED",
            Self::Cancelled => "CANCELLED",
            Self::Closed => "CLOSED",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    #[error(
        "la séance n'a pas encore commencé : rien ne peut y être délibéré avant l'heure prévue"
    )]
    NotStarted,
    #[error("cette séance n'est plus ouverte")]
    NotOpen,
    #[error("la séance a déjà été ouverte : elle ne peut plus être annulée ni ajournée")]
    AlreadyOpened,
    #[error("le quorum est atteint : la séance n'a pas à être ajournée")]
    QuorumReached,
    #[error(
        "une seconde convocation délibère sans quorum : elle ne peut être ajournée faute de quorum"
    )]
    SecondConvocation,
    #[error(
        "seule une séance ajournée faute de quorum peut faire l'objet d'une seconde convocation"
    )]
    NotAdjourned,
    #[error("la seconde convocation doit être fixée après la séance ajournée")]
    SecondBeforeFirst,
}

/// A session as the rules below need it.
#[derive(Debug, Clone, Copy)]
pub struct SessionFacts {
    pub status: SessionStatus,
    pub starts_at: DateTime<Utc>,
    pub opened: bool,
    pub second_convocation: bool,
}

impl SessionFacts {
    /// Nothing deliberates (avis, closing, opening) before the session's start time, and only
    /// in a session that is still scheduled.
    pub fn may_deliberate(&self, now: DateTime<Utc>) -> Result<(), SessionError> {
        if self.status != SessionStatus::Scheduled {
            return Err(SessionError::NotOpen);
        }
        if now < self.starts_at {
            return Err(SessionError::NotStarted);
        }
        Ok(())
    }

    /// A session is cancelled before it opens (e.g. the date no longer suits).
    pub fn may_cancel(&self) -> Result<(), SessionError> {
        if self.status != SessionStatus::Scheduled {
            return Err(SessionError::NotOpen);
        }
        if self.opened {
            return Err(SessionError::AlreadyOpened);
        }
        Ok(())
    }

    /// Without quorum at the opening the session is adjourned as a whole (art. 11); a second
    /// convocation needs no quorum, so it is never adjourned for want of one.
    pub fn may_adjourn(&self, now: DateTime<Utc>, quorum: bool) -> Result<(), SessionError> {
        self.may_deliberate(now)?;
        if self.opened {
            return Err(SessionError::AlreadyOpened);
        }
        if self.second_convocation {
            return Err(SessionError::SecondConvocation);
        }
        if quorum {
            return Err(SessionError::QuorumReached);
        }
        Ok(())
    }

    /// The second convocation, on the same agenda, follows an adjourned session.
    pub fn may_be_followed_by(&self, at: DateTime<Utc>) -> Result<(), SessionError> {
        if self.status != SessionStatus::Adjourned {
            return Err(SessionError::NotAdjourned);
        }
        if at <= self.starts_at {
            return Err(SessionError::SecondBeforeFirst);
        }
        Ok(())
    }

    /// A dossier leaves the agenda (taken off, or moved to another session) only before the
    /// session deliberates, or once it was adjourned or cancelled.
    pub fn may_release_items(&self) -> bool {
        match self.status {
            SessionStatus::Scheduled => !self.opened,
            SessionStatus::Adjourned | SessionStatus::Cancelled => true,
            SessionStatus::Closed => false,
        }
    }
}

/// An avis is voted: one with no ballot is refused, unless the commission adjourns the
/// examination of the dossier (the adjournment is decided, not voted).
pub fn avis_needs_ballots(adjourned: bool, ballots: usize) -> bool {
    !adjourned && ballots == 0
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Vote {
    For,
    Against,
    Abstain,
}

impl Vote {
    pub const ALL: [Vote; 3] = [Self::For, Self::Against, Self::Abstain];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::For => "FOR",
            Self::Against => "AGAINST",
            Self::Abstain => "ABSTAIN",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ballot {
    pub vote: Vote,
    pub is_president: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub for_votes: u32,
    pub against: u32,
    pub abstentions: u32,
    pub outcome: AvisKind,
    pub casting_vote_used: bool,
}

/// Majority of votes cast; on a tie the president's vote decides; favourable needs for > against
/// (or a tie broken by the president voting For); otherwise unfavourable. Never Adjourned (that is decided, not voted).
pub fn tally(ballots: &[Ballot]) -> Tally {
    let count = |vote| {
        let n = ballots.iter().filter(|b| b.vote == vote).count();
        u32::try_from(n).unwrap_or(u32::MAX)
    };
    let (for_votes, against, abstentions) =
        (count(Vote::For), count(Vote::Against), count(Vote::Abstain));

    // Paris and Bouches-du-Rhône are co-presided: the casting vote counts only if the
    // presidents who voted agree.
    let mut president_votes = ballots
        .iter()
        .filter(|b| b.is_president && b.vote != Vote::Abstain)
        .map(|b| b.vote);
    let casting = president_votes
        .next()
        .filter(|first| president_votes.all(|v| v == *first));

    let (outcome, casting_vote_used) = if for_votes > against {
        (AvisKind::Favourable, false)
    } else if for_votes < against {
        (AvisKind::Unfavourable, false)
    } else {
        match casting {
            Some(Vote::For) => (AvisKind::Favourable, true),
            Some(_) => (AvisKind::Unfavourable, true),
            // No majority and no casting vote: the request is not supported.
            None => (AvisKind::Unfavourable, false),
        }
    };
    Tally {
        for_votes,
        against,
        abstentions,
        outcome,
        casting_vote_used,
    }
}

/// Recusal: the association presenting a dossier does not vote on it.
pub fn may_vote(member_association: Option<Uuid>, presenting_association: Uuid) -> bool {
    member_association != Some(presenting_association)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(vote: Vote) -> Ballot {
        Ballot {
            vote,
            is_president: false,
        }
    }

    fn president(vote: Vote) -> Ballot {
        Ballot {
            vote,
            is_president: true,
        }
    }

    fn facts(status: SessionStatus, opened: bool, second: bool) -> SessionFacts {
        SessionFacts {
            status,
            starts_at: DateTime::from_timestamp(1_000_000, 0).unwrap(),
            opened,
            second_convocation: second,
        }
    }

    #[test]
    fn nothing_deliberates_before_the_start_time() {
        let f = facts(SessionStatus::Scheduled, false, false);
        let before = f.starts_at - chrono::Duration::seconds(1);
        assert_eq!(f.may_deliberate(before), Err(SessionError::NotStarted));
        assert_eq!(f.may_deliberate(f.starts_at), Ok(()));
        for status in [
            SessionStatus::Adjourned,
            SessionStatus::Cancelled,
            SessionStatus::Closed,
        ] {
            let f = facts(status, false, false);
            assert_eq!(f.may_deliberate(f.starts_at), Err(SessionError::NotOpen));
        }
    }

    #[test]
    fn only_a_session_without_quorum_is_adjourned() {
        let f = facts(SessionStatus::Scheduled, false, false);
        let at = f.starts_at;
        assert_eq!(f.may_adjourn(at, false), Ok(()));
        assert_eq!(f.may_adjourn(at, true), Err(SessionError::QuorumReached));
        assert_eq!(
            f.may_adjourn(at - chrono::Duration::minutes(1), false),
            Err(SessionError::NotStarted)
        );
        let opened = facts(SessionStatus::Scheduled, true, false);
        assert_eq!(
            opened.may_adjourn(at, false),
            Err(SessionError::AlreadyOpened)
        );
        let second = facts(SessionStatus::Scheduled, false, true);
        assert_eq!(
            second.may_adjourn(at, false),
            Err(SessionError::SecondConvocation)
        );
    }

    #[test]
    fn a_second_convocation_follows_an_adjourned_session_only() {
        let adjourned = facts(SessionStatus::Adjourned, false, false);
        let later = adjourned.starts_at + chrono::Duration::days(8);
        assert_eq!(adjourned.may_be_followed_by(later), Ok(()));
        assert_eq!(
            adjourned.may_be_followed_by(adjourned.starts_at),
            Err(SessionError::SecondBeforeFirst)
        );
        for status in [
            SessionStatus::Scheduled,
            SessionStatus::Cancelled,
            SessionStatus::Closed,
        ] {
            assert_eq!(
                facts(status, false, false).may_be_followed_by(later),
                Err(SessionError::NotAdjourned)
            );
        }
    }

    #[test]
    fn cancelling_and_releasing_items() {
        assert_eq!(
            facts(SessionStatus::Scheduled, false, false).may_cancel(),
            Ok(())
        );
        assert_eq!(
            facts(SessionStatus::Scheduled, true, false).may_cancel(),
            Err(SessionError::AlreadyOpened)
        );
        assert_eq!(
            facts(SessionStatus::Closed, false, false).may_cancel(),
            Err(SessionError::NotOpen)
        );
        assert!(facts(SessionStatus::Scheduled, false, false).may_release_items());
        assert!(!facts(SessionStatus::Scheduled, true, false).may_release_items());
        assert!(facts(SessionStatus::Adjourned, false, false).may_release_items());
        assert!(facts(SessionStatus::Cancelled, false, false).may_release_items());
        assert!(!facts(SessionStatus::Closed, true, false).may_release_items());
    }

    #[test]
    fn an_avis_without_ballots_is_refused_unless_adjourned() {
        assert!(avis_needs_ballots(false, 0));
        assert!(!avis_needs_ballots(true, 0));
        assert!(!avis_needs_ballots(false, 1));
    }

    #[test]
    fn mandates_and_remote_members_count_for_the_quorum() {
        assert!(Attendance::Present.counts_for_quorum());
        assert!(Attendance::Remote.counts_for_quorum());
        assert!(Attendance::Mandate(Uuid::from_u128(9)).counts_for_quorum());
        assert!(!Attendance::Absent.counts_for_quorum());
        // 16 members: 4 present, 2 remote, 2 mandates = 8, half.
        assert!(quorum_reached(16, 8, false));
        assert!(!quorum_reached(16, 4, false));
    }

    #[test]
    fn one_mandate_per_member_given_to_someone_taking_part() {
        let (a, b, c, d) = (
            Uuid::from_u128(1),
            Uuid::from_u128(2),
            Uuid::from_u128(3),
            Uuid::from_u128(4),
        );
        use Attendance::*;
        assert_eq!(
            check_mandates(&[(a, Present), (b, Mandate(a)), (c, Remote), (d, Mandate(c))]),
            Ok(())
        );
        assert_eq!(
            check_mandates(&[(a, Present), (b, Mandate(a)), (c, Mandate(a))]),
            Err(MandateError::HolderHoldsTwo)
        );
        assert_eq!(
            check_mandates(&[(a, Absent), (b, Mandate(a))]),
            Err(MandateError::HolderAbsent)
        );
        assert_eq!(
            check_mandates(&[(a, Mandate(b)), (b, Mandate(a))]),
            Err(MandateError::HolderAbsent)
        );
        assert_eq!(
            check_mandates(&[(a, Mandate(a))]),
            Err(MandateError::ToSelf)
        );
        assert_eq!(
            check_mandates(&[(a, Mandate(d))]),
            Err(MandateError::HolderNotSitting)
        );
        for m in [Present, Remote, Absent, Mandate(a)] {
            assert_eq!(Attendance::parse(m.mode(), m.mandate_to()), Some(m));
        }
        assert_eq!(Attendance::parse("MANDATE", None), None);
        assert_eq!(Attendance::parse("PRESENT", Some(a)), None);
    }

    #[test]
    fn quorum_is_half_the_voting_members() {
        // Even count: exactly half is enough.
        assert!(quorum_reached(10, 5, false));
        assert!(!quorum_reached(10, 4, false));
        // Odd count: half rounded up.
        assert!(quorum_reached(9, 5, false));
        assert!(!quorum_reached(9, 4, false));
        assert!(quorum_reached(1, 1, false));
        assert!(!quorum_reached(1, 0, false));
        assert!(quorum_reached(u32::MAX, u32::MAX / 2 + 1, false));
        assert!(!quorum_reached(u32::MAX, u32::MAX / 2, false));
    }

    #[test]
    fn no_quorum_after_a_second_convocation() {
        assert!(quorum_reached(10, 1, true));
        assert!(quorum_reached(10, 0, true));
    }

    #[test]
    fn an_empty_commission_never_deliberates() {
        assert!(!quorum_reached(0, 0, false));
        assert!(!quorum_reached(0, 0, true));
    }

    #[test]
    fn majority_of_votes_cast() {
        let t = tally(&[
            b(Vote::For),
            b(Vote::For),
            b(Vote::Against),
            b(Vote::Abstain),
        ]);
        assert_eq!(
            t,
            Tally {
                for_votes: 2,
                against: 1,
                abstentions: 1,
                outcome: AvisKind::Favourable,
                casting_vote_used: false,
            }
        );
        // Abstentions are not votes cast.
        let t = tally(&[
            b(Vote::For),
            b(Vote::Abstain),
            b(Vote::Abstain),
            b(Vote::Abstain),
        ]);
        assert_eq!(t.outcome, AvisKind::Favourable);
        let t = tally(&[b(Vote::Against), president(Vote::For), b(Vote::Against)]);
        assert_eq!(t.outcome, AvisKind::Unfavourable);
        assert!(!t.casting_vote_used);
    }

    #[test]
    fn the_president_breaks_ties() {
        let t = tally(&[b(Vote::Against), president(Vote::For)]);
        assert_eq!(
            (t.outcome, t.casting_vote_used),
            (AvisKind::Favourable, true)
        );
        let t = tally(&[b(Vote::For), president(Vote::Against)]);
        assert_eq!(
            (t.outcome, t.casting_vote_used),
            (AvisKind::Unfavourable, true)
        );
    }

    #[test]
    fn a_tie_without_a_casting_vote_is_unfavourable() {
        // President absent.
        let t = tally(&[b(Vote::For), b(Vote::Against)]);
        assert_eq!(
            (t.outcome, t.casting_vote_used),
            (AvisKind::Unfavourable, false)
        );
        // President abstaining.
        let t = tally(&[b(Vote::For), b(Vote::Against), president(Vote::Abstain)]);
        assert_eq!(
            (t.outcome, t.casting_vote_used),
            (AvisKind::Unfavourable, false)
        );
        assert_eq!(t.abstentions, 1);
        // No votes at all.
        let t = tally(&[]);
        assert_eq!((t.for_votes, t.against, t.abstentions), (0, 0, 0));
        assert_eq!(
            (t.outcome, t.casting_vote_used),
            (AvisKind::Unfavourable, false)
        );
    }

    #[test]
    fn co_presidents_must_agree_to_break_a_tie() {
        let t = tally(&[president(Vote::For), president(Vote::Against)]);
        assert_eq!(
            (t.outcome, t.casting_vote_used),
            (AvisKind::Unfavourable, false)
        );
        let t = tally(&[
            president(Vote::For),
            president(Vote::For),
            b(Vote::Against),
            b(Vote::Against),
        ]);
        assert_eq!(
            (t.outcome, t.casting_vote_used),
            (AvisKind::Favourable, true)
        );
        let t = tally(&[
            president(Vote::For),
            president(Vote::Abstain),
            b(Vote::Against),
        ]);
        assert_eq!(
            (t.outcome, t.casting_vote_used),
            (AvisKind::Favourable, true)
        );
    }

    #[test]
    fn never_adjourned() {
        for votes in [[Vote::For; 2], [Vote::Against; 2], [Vote::Abstain; 2]] {
            assert_ne!(tally(&votes.map(b)).outcome, AvisKind::Adjourned);
        }
    }

    #[test]
    fn the_presenting_association_does_not_vote() {
        let a = Uuid::from_u128(1);
        let other = Uuid::from_u128(2);
        assert!(!may_vote(Some(a), a));
        assert!(may_vote(Some(other), a));
        assert!(may_vote(None, a));
    }

    #[test]
    fn vote_names_round_trip() {
        for v in Vote::ALL {
            assert_eq!(Vote::parse(v.as_str()), Some(v));
        }
        assert_eq!(Vote::parse("for"), None);
    }
}

//! Commission session rules. No CDLP-specific text sets them: these follow the general regime
//! of consultative commissions (décret 2006-672, now CRPA R.133-1 ff.) and the 2017 circulaire
//! for recusal.

use uuid::Uuid;

use super::state::AvisKind;

/// Quorum: at least half of the voting members present; none is needed after a second convocation.
/// A commission with no voting member cannot deliberate, whatever the convocation.
pub fn quorum_reached(
    voting_members: u32,
    present_voting_members: u32,
    second_convocation: bool,
) -> bool {
    if voting_members == 0 {
        return false;
    }
    // Widened so that doubling cannot overflow.
    second_convocation || 2 * u64::from(present_voting_members) >= u64::from(voting_members)
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

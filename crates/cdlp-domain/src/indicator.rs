//! What each published indicator counts. Some count people (one parcours is one person's:
//! started, ended, in progress, first requests), others count events that a person may go
//! through several times (renewals, avis, decisions, AFIS and APS per period). Figures and their
//! descriptions must say which, and "personnes" is only written for the first kind.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Counts {
    People,
    Events,
}

impl Counts {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::People => "PEOPLE",
            Self::Events => "EVENTS",
        }
    }

    /// The unit, in French, for column descriptions.
    pub fn unit_fr(self) -> &'static str {
        match self {
            Self::People => "personnes",
            Self::Events => "événements (une personne peut en compter plusieurs)",
        }
    }
}

/// What a metric counts. Unknown metrics are events: never claim people by default.
pub fn counts(metric: &str) -> Counts {
    match metric {
        // Counted once per dossier, i.e. per person's parcours.
        "FIRST_REQUEST"
        | "PARCOURS_STARTED"
        | "PARCOURS_COMPLETED"
        | "PARCOURS_NOT_RENEWED"
        | "PARCOURS_STOPPED"
        | "IN_PROGRESS" => Counts::People,
        _ => Counts::Events,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn avis_and_decisions_are_events_parcours_are_people() {
        for m in [
            "AVIS_FAVOURABLE",
            "AVIS_UNFAVOURABLE",
            "AVIS_ADJOURNED",
            "DECISION_AUTHORISED",
            "DECISION_REFUSED",
            "RENEWAL_REQUEST",
            "AFIS_GRANTED",
            "APS_ISSUED",
            "SOMETHING_NEW",
        ] {
            assert_eq!(counts(m), Counts::Events, "{m}");
        }
        for m in [
            "FIRST_REQUEST",
            "PARCOURS_STARTED",
            "PARCOURS_COMPLETED",
            "PARCOURS_NOT_RENEWED",
            "PARCOURS_STOPPED",
            "IN_PROGRESS",
        ] {
            assert_eq!(counts(m), Counts::People, "{m}");
        }
        assert!(!Counts::Events.unit_fr().starts_with("personnes"));
    }
}

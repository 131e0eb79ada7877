use std::fmt;

use crate::DepartmentCode;
use uuid::Uuid;

/// The seven roles of CDLP, each tied to one kind of scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Role {
    PlatformOperator,
    PrefectureAdmin,
    PrefectureAgent,
    CommissionMember,
    AssociationAdmin,
    AssociationWorker,
    MinistryAnalyst,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    National,
    Department,
    Association,
}

/// Where a membership (or an invitation) applies.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Scope {
    National,
    Department(DepartmentCode),
    Association(Uuid),
}

impl Scope {
    pub fn kind(&self) -> ScopeKind {
        match self {
            Scope::National => ScopeKind::National,
            Scope::Department(_) => ScopeKind::Department,
            Scope::Association(_) => ScopeKind::Association,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("rôle inconnu : {0}")]
pub struct RoleParseError(pub String);

impl Role {
    pub const ALL: [Role; 7] = [
        Role::PlatformOperator,
        Role::PrefectureAdmin,
        Role::PrefectureAgent,
        Role::CommissionMember,
        Role::AssociationAdmin,
        Role::AssociationWorker,
        Role::MinistryAnalyst,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::PlatformOperator => "PLATFORM_OPERATOR",
            Role::PrefectureAdmin => "PREFECTURE_ADMIN",
            Role::PrefectureAgent => "PREFECTURE_AGENT",
            Role::CommissionMember => "COMMISSION_MEMBER",
            Role::AssociationAdmin => "ASSOCIATION_ADMIN",
            Role::AssociationWorker => "ASSOCIATION_WORKER",
            Role::MinistryAnalyst => "MINISTRY_ANALYST",
        }
    }

    pub fn parse(s: &str) -> Result<Self, RoleParseError> {
        Self::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| RoleParseError(s.to_owned()))
    }

    pub fn scope_kind(self) -> ScopeKind {
        match self {
            Role::PlatformOperator | Role::MinistryAnalyst => ScopeKind::National,
            Role::PrefectureAdmin | Role::PrefectureAgent | Role::CommissionMember => {
                ScopeKind::Department
            }
            Role::AssociationAdmin | Role::AssociationWorker => ScopeKind::Association,
        }
    }

    /// Roles this role may invite, within its own scope (or, for the operator, any scope:
    /// onboarding a département means inviting its first prefecture admin).
    fn may_invite(self, target: Role) -> bool {
        use Role::*;
        match self {
            PlatformOperator => matches!(
                target,
                PlatformOperator | MinistryAnalyst | PrefectureAdmin | AssociationAdmin
            ),
            PrefectureAdmin => {
                matches!(target, PrefectureAdmin | PrefectureAgent | CommissionMember)
            }
            // The commission's secretariat invites the members it convenes.
            PrefectureAgent => matches!(target, CommissionMember),
            AssociationAdmin => matches!(target, AssociationAdmin | AssociationWorker),
            AssociationWorker | CommissionMember | MinistryAnalyst => false,
        }
    }

    /// Roles allowed to change a commission's composition.
    pub fn manages_commission(self) -> bool {
        matches!(self, Role::PrefectureAdmin | Role::PrefectureAgent)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One role held in one scope.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Membership {
    pub role: Role,
    pub scope: Scope,
}

/// A refusal, for an `FORBIDDEN` answer. It says what, never whose.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Denied(pub &'static str);

impl Membership {
    /// Whether this membership lets its holder invite `target` into `scope`.
    pub fn allows_invite(&self, target: Role, scope: &Scope) -> bool {
        if target.scope_kind() != scope.kind() || !self.role.may_invite(target) {
            return false;
        }
        self.role == Role::PlatformOperator || &self.scope == scope
    }
}

/// Picks, among a person's memberships, one that allows the invitation.
pub fn authorize_invite<'a>(
    memberships: &'a [Membership],
    target: Role,
    scope: &Scope,
) -> Result<&'a Membership, Denied> {
    if target.scope_kind() != scope.kind() {
        // A wrong pairing is the caller's input error, checked before this.
        return Err(Denied("ce rôle ne s'attribue pas dans ce périmètre"));
    }
    memberships
        .iter()
        .find(|m| m.allows_invite(target, scope))
        .ok_or(Denied(
            "vous ne pouvez pas inviter ce rôle dans ce périmètre",
        ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dep(c: &str) -> Scope {
        Scope::Department(DepartmentCode::parse(c).unwrap())
    }

    fn m(role: Role, scope: Scope) -> Membership {
        Membership { role, scope }
    }

    #[test]
    fn roles_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Ok(r));
        }
        assert!(Role::parse("ADMIN").is_err());
    }

    #[test]
    fn prefecture_staff_invite_only_in_their_departement() {
        let admin75 = [m(Role::PrefectureAdmin, dep("75"))];
        assert!(authorize_invite(&admin75, Role::PrefectureAgent, &dep("75")).is_ok());
        assert!(authorize_invite(&admin75, Role::PrefectureAgent, &dep("13")).is_err());
        assert!(authorize_invite(&admin75, Role::MinistryAnalyst, &Scope::National).is_err());
        let agent75 = [m(Role::PrefectureAgent, dep("75"))];
        assert!(authorize_invite(&agent75, Role::CommissionMember, &dep("75")).is_ok());
        assert!(authorize_invite(&agent75, Role::PrefectureAgent, &dep("75")).is_err());
        assert!(authorize_invite(&agent75, Role::CommissionMember, &dep("13")).is_err());
    }

    #[test]
    fn operator_onboards_but_does_not_staff_departements() {
        let op = [m(Role::PlatformOperator, Scope::National)];
        assert!(authorize_invite(&op, Role::PrefectureAdmin, &dep("13")).is_ok());
        assert!(authorize_invite(&op, Role::PrefectureAgent, &dep("13")).is_err());
        assert!(authorize_invite(&op, Role::MinistryAnalyst, &Scope::National).is_ok());
    }

    #[test]
    fn nobody_invites_a_role_into_the_wrong_kind_of_scope() {
        let op = [m(Role::PlatformOperator, Scope::National)];
        assert!(authorize_invite(&op, Role::PrefectureAdmin, &Scope::National).is_err());
        assert!(authorize_invite(&op, Role::MinistryAnalyst, &dep("75")).is_err());
    }

    #[test]
    fn association_admin_invites_only_for_its_association() {
        let a = Uuid::from_u128(1);
        let b = Uuid::from_u128(2);
        let admin = [m(Role::AssociationAdmin, Scope::Association(a))];
        assert!(authorize_invite(&admin, Role::AssociationWorker, &Scope::Association(a)).is_ok());
        assert!(authorize_invite(&admin, Role::AssociationWorker, &Scope::Association(b)).is_err());
        assert!(authorize_invite(&admin, Role::PrefectureAgent, &dep("75")).is_err());
    }

    #[test]
    fn roles_that_invite_nobody() {
        for role in [
            Role::AssociationWorker,
            Role::CommissionMember,
            Role::MinistryAnalyst,
        ] {
            for target in Role::ALL {
                assert!(!role.may_invite(target), "{role} may invite {target}");
            }
        }
    }
}

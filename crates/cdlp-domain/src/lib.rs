//! Pure domain rules of CDLP. Nothing in this crate performs I/O: values are parsed here once,
//! at the boundary, and the rest of the code only handles values that are valid by construction.

pub mod age;
pub mod agrement;
mod commission;
mod department;
mod email;
pub mod files;
pub mod indicator;
mod local_time;
pub mod parcours;
mod password;
mod registry;
mod role;
pub mod secrecy;

pub use commission::{
    CommissionSeat, MemberTerm, SeatError, TermError, check_association_seat, check_presidency,
};
pub use department::{DepartmentCode, DepartmentCodeError};
pub use email::{Email, EmailError};
pub use local_time::french_datetime;
pub use password::{PasswordError, check_password_policy};
pub use registry::{Rna, RnaError, Siret, SiretError};
pub use role::{Denied, Membership, Role, RoleParseError, Scope, ScopeKind, authorize_invite};

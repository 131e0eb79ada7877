use async_graphql::{Context, InputObject, Object, SimpleObject};
use cdlp_db::departments::DepartmentRow;
use chrono::{DateTime, NaiveDate, Utc};

use super::accounts::Invitation;
use super::commission::Commission;
use super::{principal, services};
use crate::ApiError;
use crate::services::Onboard;

/// A département (INSEE code, official name, region).
pub struct Department(pub DepartmentRow);

#[Object]
impl Department {
    /// INSEE code, always a string: `01`, `2A`, `976`.
    async fn code(&self) -> &str {
        &self.0.code
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn region_code(&self) -> &str {
        &self.0.region_code
    }
    async fn region_name(&self) -> &str {
        &self.0.region_name
    }
    /// Position in INSEE order (Corsica between 19 and 21).
    async fn sort_key(&self) -> i32 {
        self.0.sort_key
    }
    /// Whether its commission runs on CDLP.
    async fn onboarded(&self) -> bool {
        self.0.onboarded_at.is_some()
    }
    async fn onboarded_at(&self) -> Option<DateTime<Utc>> {
        self.0.onboarded_at
    }
}

#[derive(InputObject)]
pub struct OnboardDepartmentInput {
    department_code: String,
    /// Date of the commission's installation.
    installed_on: NaiveDate,
    /// Reference of the prefect's arrêté setting its composition.
    arrete_reference: String,
    /// The first prefecture admin, invited by e-mail.
    admin_email: String,
    /// The arrêté names co-presidents (Paris, Bouches-du-Rhône): several PRESIDENT seats.
    #[graphql(default)]
    co_presided: bool,
}

#[derive(SimpleObject)]
pub struct OnboardDepartmentPayload {
    department: Department,
    commission: Commission,
    invitation: Invitation,
}

#[derive(Default)]
pub struct DepartmentQuery;

#[Object]
impl DepartmentQuery {
    /// The 101 départements in INSEE order.
    async fn departments(&self, ctx: &Context<'_>) -> Result<Vec<Department>, ApiError> {
        Ok(services(ctx)
            .departments()
            .await?
            .into_iter()
            .map(Department)
            .collect())
    }

    async fn department(
        &self,
        ctx: &Context<'_>,
        code: String,
    ) -> Result<Option<Department>, ApiError> {
        Ok(services(ctx).department(&code).await?.map(Department))
    }
}

#[derive(Default)]
pub struct DepartmentMutation;

#[Object]
impl DepartmentMutation {
    /// Platform operator: installs a département's commission and invites its first admin.
    async fn onboard_department(
        &self,
        ctx: &Context<'_>,
        input: OnboardDepartmentInput,
    ) -> Result<OnboardDepartmentPayload, ApiError> {
        let done = services(ctx)
            .onboard_department(
                principal(ctx)?,
                Onboard {
                    department_code: input.department_code,
                    installed_on: input.installed_on,
                    arrete_reference: input.arrete_reference,
                    admin_email: input.admin_email,
                    co_presided: input.co_presided,
                },
            )
            .await?;
        Ok(OnboardDepartmentPayload {
            department: Department(done.department),
            commission: Commission(done.commission),
            invitation: Invitation(done.invitation, None),
        })
    }
}

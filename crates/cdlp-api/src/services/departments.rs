use cdlp_db::{Context, accounts, audit, commissions, departments};
use cdlp_domain::{Email, Membership, Role, Scope};
use chrono::NaiveDate;
use serde_json::json;

use super::{Principal, Services, parse_department, required_text};
use crate::ApiError;

pub struct Onboard {
    pub department_code: String,
    pub installed_on: NaiveDate,
    pub arrete_reference: String,
    pub admin_email: String,
    /// The arrêté names co-presidents (Paris, Bouches-du-Rhône).
    pub co_presided: bool,
}

pub struct Onboarded {
    pub department: departments::DepartmentRow,
    pub commission: commissions::CommissionRow,
    pub invitation: accounts::InvitationRow,
}

/// The law that created the commissions (loi n° 2016-444 of 13 April 2016).
const LAW_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2016, 4, 13) {
    Some(d) => d,
    None => unreachable!(),
};

impl Services {
    /// Reference data: public.
    pub async fn departments(&self) -> Result<Vec<departments::DepartmentRow>, ApiError> {
        let mut tx = self.db.begin(&Context::default()).await?;
        let rows = departments::list(&mut tx).await?;
        tx.commit().await?;
        Ok(rows)
    }

    pub async fn department(
        &self,
        code: &str,
    ) -> Result<Option<departments::DepartmentRow>, ApiError> {
        let code = parse_department(code)?;
        let mut tx = self.db.begin(&Context::default()).await?;
        let row = departments::get(&mut tx, &code).await?;
        tx.commit().await?;
        Ok(row)
    }

    /// Installs a département's commission and invites its first prefecture admin.
    pub async fn onboard_department(
        &self,
        principal: &Principal,
        input: Onboard,
    ) -> Result<Onboarded, ApiError> {
        let code = parse_department(&input.department_code)?;
        let role = principal.role_in(&code, &[Role::PlatformOperator])?;
        let arrete = required_text("arreteReference", &input.arrete_reference, 300)?;
        let email =
            Email::parse(&input.admin_email).map_err(|e| ApiError::bad_input("adminEmail", e))?;
        if input.installed_on < LAW_DATE || input.installed_on > self.now().date_naive() {
            return Err(ApiError::bad_input(
                "installedOn",
                "la date d'installation doit se situer entre le 13 avril 2016 et aujourd'hui",
            ));
        }
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        if !departments::mark_onboarded(&mut tx, &code).await? {
            return Err(ApiError::Conflict(format!(
                "le département {code} est déjà installé"
            )));
        }
        let commission = commissions::insert_commission(
            &mut tx,
            &code,
            input.installed_on,
            &arrete,
            input.co_presided,
            principal.user_id,
        )
        .await?;
        audit::append(
            &mut tx,
            audit::Entry {
                department: Some(&code),
                actor_user_id: Some(principal.user_id),
                actor_role: Some(role.as_str()),
                action: "department.onboarded",
                target_type: Some("commission"),
                target_id: Some(commission.id.to_string()),
                details: json!({ "installedOn": input.installed_on, "coPresided": input.co_presided }),
            },
        )
        .await?;
        let membership = Membership {
            role: Role::PrefectureAdmin,
            scope: Scope::Department(code.clone()),
        };
        let invitation = self
            .issue_invitation(
                &mut tx,
                super::accounts::InvitationRequest {
                    invited_by: Some(principal.user_id),
                    acting: role.as_str(),
                    email: &email,
                    membership: &membership,
                    department_codes: None,
                },
            )
            .await?;
        let department = departments::get(&mut tx, &code)
            .await?
            .ok_or_else(|| ApiError::not_found("département"))?;
        tx.commit().await?;
        Ok(Onboarded {
            department,
            commission,
            invitation,
        })
    }
}

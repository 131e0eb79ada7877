use async_graphql::{Context, InputObject, Object};
use cdlp_db::signatories::SignatoryRow;
use chrono::{DateTime, Utc};

use super::{principal, services};
use crate::ApiError;
use crate::services::SetSignatory;

/// Who signs the prefect's decisions in a département (CRPA L.212-1), as the letters print it.
pub struct DecisionSignatory(SignatoryRow);

#[Object]
impl DecisionSignatory {
    async fn department_code(&self) -> &str {
        &self.0.department_code
    }
    async fn first_name(&self) -> &str {
        &self.0.first_name
    }
    async fn last_name(&self) -> &str {
        &self.0.last_name
    }
    /// e.g. "La directrice départementale de l’emploi, du travail et des solidarités".
    async fn quality(&self) -> &str {
        &self.0.quality
    }
    /// e.g. "Pour le préfet et par délégation"; empty when the prefect signs.
    async fn delegation(&self) -> &str {
        &self.0.delegation
    }
    /// The competent tribunal administratif named in the voies de recours.
    async fn tribunal(&self) -> Option<&str> {
        self.0.tribunal.as_deref()
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

#[derive(InputObject)]
pub struct SetDecisionSignatoryInput {
    pub department_code: String,
    pub first_name: String,
    pub last_name: String,
    pub quality: String,
    pub delegation: Option<String>,
    pub tribunal: Option<String>,
    /// The version read with `decisionSignatory`; omitted when none was recorded yet.
    pub expected_version: Option<i32>,
}

#[derive(Default)]
pub struct LetterQuery;

#[Object]
impl LetterQuery {
    /// Who signs the département’s decisions, if recorded (its prefecture staff).
    async fn decision_signatory(
        &self,
        ctx: &Context<'_>,
        department_code: String,
    ) -> Result<Option<DecisionSignatory>, ApiError> {
        Ok(services(ctx)
            .decision_signatory(principal(ctx)?, &department_code)
            .await?
            .map(DecisionSignatory))
    }
}

#[derive(Default)]
pub struct LetterMutation;

#[Object]
impl LetterMutation {
    /// Records who signs the département's decisions (prefecture admins); the letters use it.
    async fn set_decision_signatory(
        &self,
        ctx: &Context<'_>,
        input: SetDecisionSignatoryInput,
    ) -> Result<DecisionSignatory, ApiError> {
        let row = services(ctx)
            .set_decision_signatory(
                principal(ctx)?,
                SetSignatory {
                    department_code: input.department_code,
                    first_name: input.first_name,
                    last_name: input.last_name,
                    quality: input.quality,
                    delegation: input.delegation,
                    tribunal: input.tribunal,
                    expected_version: input.expected_version,
                },
            )
            .await?;
        Ok(DecisionSignatory(row))
    }
}

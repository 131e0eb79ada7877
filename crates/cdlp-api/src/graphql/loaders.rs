//! Per-request DataLoaders: a page of dossiers costs one query for their associations and one
//! for their current periods, whatever its length. Built per request, so no cache crosses users.

use std::collections::HashMap;

use async_graphql::dataloader::{DataLoader, Loader};
use cdlp_db::accounts::AssociationRow;
use cdlp_db::dossiers::PeriodRow;
use cdlp_domain::DepartmentCode;
use uuid::Uuid;

use crate::{Principal, Services};

pub struct AssociationLoader(pub Services);

impl Loader<Uuid> for AssociationLoader {
    type Value = AssociationRow;
    type Error = async_graphql::Error;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, AssociationRow>, Self::Error> {
        let rows = self.0.associations_by_id(keys).await?;
        Ok(rows.into_iter().map(|r| (r.id, r)).collect())
    }
}

/// Keyed by (département, dossier): the caller's context for that département applies.
pub struct LatestPeriodLoader {
    pub services: Services,
    pub principal: Option<Principal>,
}

impl Loader<(String, Uuid)> for LatestPeriodLoader {
    type Value = PeriodRow;
    type Error = async_graphql::Error;

    async fn load(
        &self,
        keys: &[(String, Uuid)],
    ) -> Result<HashMap<(String, Uuid), PeriodRow>, Self::Error> {
        let principal = self
            .principal
            .as_ref()
            .ok_or_else(crate::ApiError::unauthenticated)?;
        let mut by_department: HashMap<&str, Vec<Uuid>> = HashMap::new();
        for (code, id) in keys {
            by_department.entry(code.as_str()).or_default().push(*id);
        }
        let mut out = HashMap::new();
        for (code, ids) in by_department {
            let parsed = DepartmentCode::parse(code)
                .map_err(|e| crate::ApiError::bad_input("departmentCode", e))?;
            for row in self
                .services
                .latest_periods(principal, &parsed, &ids)
                .await?
            {
                out.insert((code.to_owned(), row.dossier_id), row);
            }
        }
        Ok(out)
    }
}

pub struct Loaders {
    pub associations: DataLoader<AssociationLoader>,
    pub latest_periods: DataLoader<LatestPeriodLoader>,
}

impl Loaders {
    pub fn new(services: &Services, principal: Option<Principal>) -> Self {
        Self {
            associations: DataLoader::new(AssociationLoader(services.clone()), tokio::spawn),
            latest_periods: DataLoader::new(
                LatestPeriodLoader {
                    services: services.clone(),
                    principal,
                },
                tokio::spawn,
            ),
        }
    }
}

use cdlp_db::{Context, accounts, audit, outbox};
use cdlp_domain::{
    Email, Membership, Role, Scope, ScopeKind, authorize_invite, check_password_policy,
    french_datetime,
};
use chrono::{DateTime, Utc};
use serde_json::json;
use std::time::Duration;
use uuid::Uuid;

use super::notices::{Notice, en_tant_que};
use super::{Principal, Services, parse_department, required_text, role_label};
use crate::ApiError;
use crate::auth::{hash_password, hash_token, new_token, verify_password};

/// What an invitation is for, and who sends it.
pub(crate) struct InvitationRequest<'a> {
    pub invited_by: Option<Uuid>,
    /// The sender's acting role, for the audit log.
    pub acting: &'a str,
    pub email: &'a Email,
    pub membership: &'a Membership,
    /// An association worker's départements (None: all of the association's).
    pub department_codes: Option<&'a [String]>,
}

/// A signed-in session.
pub struct Session {
    pub token: String,
    pub expires_at: DateTime<Utc>,
    pub user_id: Uuid,
}

pub struct InviteUser {
    pub email: String,
    pub role: Role,
    pub department_code: Option<String>,
    pub association_id: Option<Uuid>,
}

/// Sign-in attempts per client address and window, whatever the account.
const LOGIN_PER_ADDRESS: u32 = 30;
/// Failures on one account, from anywhere, before it waits out the window.
const LOGIN_ACCOUNT_FAILURES: u32 = 50;
/// The holder is told at this many failures.
const LOGIN_ALERT_FAILURES: u32 = 10;
const LOGIN_WINDOW: Duration = Duration::from_secs(15 * 60);
/// Invitation acceptances and sign-ups per client address and hour.
pub(crate) const ANONYMOUS_PER_ADDRESS: u32 = 20;
pub(crate) const ANONYMOUS_WINDOW: Duration = Duration::from_secs(3600);

impl Services {
    /// Reads the person behind a session token, with their current memberships.
    pub async fn authenticate(&self, token: &str) -> Result<Principal, ApiError> {
        let claims = self.jwt.verify_claims(token)?;
        let user_id = claims.sub;
        let ctx = Context {
            user_id: Some(user_id),
            ..Context::default()
        };
        let mut tx = self.db.begin(&ctx).await?;
        let user = accounts::find_user(&mut tx, user_id).await?;
        let Some(user) = user.filter(|u| u.disabled_at.is_none()) else {
            return Err(ApiError::Unauthenticated("compte inconnu ou désactivé"));
        };
        let memberships = accounts::active_memberships(&mut tx, user.id).await?;
        let association_limits = accounts::association_limits(&mut tx, user.id).await?;
        tx.commit().await?;
        Ok(Principal {
            user_id: user.id,
            memberships,
            association_limits,
            signed_in_at: DateTime::from_timestamp(claims.auth_time.unwrap_or(claims.iat), 0)
                .unwrap_or_default(),
        })
    }

    /// A fresh token for a signed-in person (the idle warning's "stay signed in"), within
    /// the session's maximum length from the password.
    pub fn refresh_session(&self, principal: &Principal) -> Result<Session, ApiError> {
        let now = chrono::Utc::now();
        if now - principal.signed_in_at > crate::auth::MAX_SESSION {
            return Err(ApiError::Unauthenticated(
                "session trop longue : reconnectez-vous",
            ));
        }
        let (token, expires_at) =
            self.jwt
                .issue_for_session(principal.user_id, now, principal.signed_in_at)?;
        Ok(Session {
            token,
            expires_at,
            user_id: principal.user_id,
        })
    }

    /// Signs in. Limits: per client address (password spraying across accounts), and per
    /// account and address an exponential back-off on failures that a success clears (no
    /// lockout that anyone knowing an address could trigger); the holder is told by e-mail
    /// when failures pile up on their account.
    pub async fn login(
        &self,
        email: &str,
        password: &str,
        client: Option<std::net::IpAddr>,
    ) -> Result<Session, ApiError> {
        let email = Email::parse(email).map_err(|e| ApiError::bad_input("email", e))?;
        // Keyed by hashes: rate-limit keys must not hold addresses.
        let account = hash_token(email.as_str());
        let from = client.map_or_else(|| "unknown".to_owned(), |c| hash_token(&c.to_string()));
        self.limiter
            .hit(
                &format!("login-addr:{from}"),
                LOGIN_PER_ADDRESS,
                LOGIN_WINDOW,
            )
            .await?;
        let pair = format!("login:{account}:{from}");
        self.limiter.wait(&pair).await?;
        let account_key = format!("login-account:{account}");
        if self.limiter.failure_count(&account_key).await >= LOGIN_ACCOUNT_FAILURES {
            return Err(ApiError::RateLimited(LOGIN_WINDOW.as_secs()));
        }
        let mut tx = self.db.begin(&Context::default()).await?;
        let user = accounts::find_user_by_email(&mut tx, &email)
            .await?
            .filter(|u| u.disabled_at.is_none());
        let ok = verify_password(
            password.to_owned(),
            user.as_ref().map(|u| u.password_hash.clone()),
        )
        .await;
        let user_id = user.map(|u| u.id);
        audit::append(
            &mut tx,
            audit::Entry {
                department: None,
                actor_user_id: user_id,
                actor_role: None,
                action: if ok {
                    "login.succeeded"
                } else {
                    "login.failed"
                },
                target_type: None,
                target_id: None,
                details: json!({}),
            },
        )
        .await?;
        if ok {
            self.limiter.clear(&pair).await;
        } else {
            self.limiter.failed(&pair, LOGIN_WINDOW).await;
            let failures = self.limiter.failed(&account_key, LOGIN_WINDOW).await;
            if failures == LOGIN_ALERT_FAILURES && user_id.is_some() {
                let notice = Notice::new(
                    "security",
                    "Tentatives de connexion à votre compte CDLP",
                    format!(
                        "Bonjour,\n\n{LOGIN_ALERT_FAILURES} tentatives de connexion à votre compte CDLP ont échoué ces \
                         dernières minutes. Si ce n'était pas vous, quelqu'un essaie peut-être de deviner votre mot \
                         de passe : choisissez-en un long et unique, et prévenez l'administrateur de votre structure.\n\n\
                         Les essais suivants sont ralentis ; votre compte n'est pas bloqué.\n"
                    ),
                );
                self.send_notice(&mut tx, None, [email.as_str().to_owned()], &notice, None)
                    .await?;
            }
        }
        tx.commit().await?;
        match (ok, user_id) {
            (true, Some(user_id)) => self.session_for(user_id),
            _ => Err(ApiError::Unauthenticated(
                "adresse ou mot de passe incorrect",
            )),
        }
    }

    /// Per client address, for what anyone may call without signing in.
    pub async fn limit_anonymous(
        &self,
        operation: &str,
        client: Option<std::net::IpAddr>,
    ) -> Result<(), ApiError> {
        let from = client.map_or_else(|| "unknown".to_owned(), |c| hash_token(&c.to_string()));
        self.limiter
            .hit(
                &format!("{operation}-addr:{from}"),
                ANONYMOUS_PER_ADDRESS,
                ANONYMOUS_WINDOW,
            )
            .await
    }

    fn session_for(&self, user_id: Uuid) -> Result<Session, ApiError> {
        // Sessions live in real time, whatever the business clock says.
        let (token, expires_at) = self.jwt.issue(user_id, chrono::Utc::now())?;
        Ok(Session {
            token,
            expires_at,
            user_id,
        })
    }

    /// Turns an invitation into a membership: creates the account if the address has none,
    /// otherwise asks for that account's password.
    pub async fn accept_invitation(
        &self,
        token: &str,
        password: &str,
        name: &str,
        client: Option<std::net::IpAddr>,
    ) -> Result<Session, ApiError> {
        self.limit_anonymous("accept", client).await?;
        let name = required_text("name", name, 200)?;
        check_password_policy(password).map_err(|e| ApiError::bad_input("password", e))?;
        let token_hash = hash_token(token.trim());
        let ctx = Context {
            invitation_hash: Some(token_hash.clone()),
            ..Context::default()
        };
        let mut tx = self.db.begin(&ctx).await?;
        let invitation = accounts::invitation_by_token_hash(&mut tx, &token_hash)
            .await?
            .ok_or_else(|| ApiError::not_found("invitation"))?;
        if invitation.accepted_at.is_some() {
            return Err(ApiError::Conflict(
                "cette invitation a déjà été utilisée".into(),
            ));
        }
        if invitation.revoked_at.is_some() || invitation.expires_at <= self.now() {
            return Err(ApiError::bad_input(
                "token",
                "cette invitation n'est plus valable : demandez-en une nouvelle",
            ));
        }
        let email =
            Email::parse(&invitation.email).map_err(|e| ApiError::Internal(e.to_string()))?;
        let membership = invitation.membership()?;
        let user_id = match accounts::find_user_by_email(&mut tx, &email).await? {
            Some(existing) => {
                if !verify_password(password.to_owned(), Some(existing.password_hash)).await {
                    return Err(ApiError::Unauthenticated(
                        "cette adresse a déjà un compte : saisissez le mot de passe de ce compte",
                    ));
                }
                existing.id
            }
            None => {
                let hash = hash_password(password.to_owned()).await?;
                accounts::insert_user(&mut tx, &email, &name, &hash).await?
            }
        };
        cdlp_db::set_user(&mut tx, user_id).await?;
        if let Some(code) = department_of(&membership.scope) {
            cdlp_db::set_department(&mut tx, code).await?;
        }
        accounts::insert_membership(
            &mut tx,
            user_id,
            &membership,
            invitation.department_codes.as_deref(),
        )
        .await?;
        accounts::mark_invitation_accepted(&mut tx, invitation.id, user_id).await?;
        audit::append(
            &mut tx,
            audit::Entry {
                department: department_of(&membership.scope),
                actor_user_id: Some(user_id),
                actor_role: Some(membership.role.as_str()),
                action: "invitation.accepted",
                target_type: Some("invitation"),
                target_id: Some(invitation.id.to_string()),
                details: json!({ "role": membership.role.as_str() }),
            },
        )
        .await?;
        tx.commit().await?;
        self.session_for(user_id)
    }

    pub async fn invite_user(
        &self,
        principal: &Principal,
        input: InviteUser,
    ) -> Result<accounts::InvitationRow, ApiError> {
        let email = Email::parse(&input.email).map_err(|e| ApiError::bad_input("email", e))?;
        let scope = role_scope(input.role, &input.department_code, input.association_id)?;
        let acting = authorize_invite(&principal.memberships, input.role, &scope)
            .map_err(|d| ApiError::Forbidden(d.to_string()))?
            .role;
        let mut tx = self
            .db
            .begin(&scope_context(principal, acting, &scope))
            .await?;
        if let Scope::Department(code) = &scope {
            let department = cdlp_db::departments::get(&mut tx, code).await?;
            if department.and_then(|d| d.onboarded_at).is_none() {
                return Err(ApiError::bad_input(
                    "departmentCode",
                    "ce département n'est pas encore installé sur la plateforme",
                ));
            }
        }
        let membership = Membership {
            role: input.role,
            scope,
        };
        let invitation = self
            .issue_invitation(
                &mut tx,
                InvitationRequest {
                    invited_by: Some(principal.user_id),
                    acting: acting.as_str(),
                    email: &email,
                    membership: &membership,
                    department_codes: None,
                },
            )
            .await?;
        tx.commit().await?;
        Ok(invitation)
    }

    /// Sends an invitation again: a new link, the old one revoked (whoever may issue it).
    pub async fn resend_invitation(
        &self,
        principal: &Principal,
        invitation_id: Uuid,
        department_code: Option<String>,
        association_id: Option<Uuid>,
    ) -> Result<InvitationView, ApiError> {
        // The scope is named by the caller so that the right context shows the row; the
        // invitation must then be of that scope.
        let scope = match (&department_code, association_id) {
            (Some(code), None) => Scope::Department(parse_department(code)?),
            (None, Some(id)) => Scope::Association(id),
            (None, None) => Scope::National,
            (Some(_), Some(_)) => {
                return Err(ApiError::bad_input(
                    "associationId",
                    "un département ou une association, pas les deux",
                ));
            }
        };
        let holds = |role: Role| {
            principal.memberships.iter().any(|m| {
                m.role == role
                    && (m.scope == scope
                        || (role == Role::PlatformOperator && m.scope == Scope::National))
            })
        };
        let reader = [
            Role::PlatformOperator,
            Role::PrefectureAdmin,
            Role::PrefectureAgent,
            Role::AssociationAdmin,
        ]
        .into_iter()
        .find(|r| holds(*r))
        .ok_or_else(ApiError::forbidden)?;
        let mut tx = self
            .db
            .begin(&scope_context(principal, reader, &scope))
            .await?;
        let old = accounts::invitation_by_id(&mut tx, invitation_id)
            .await?
            .ok_or_else(|| ApiError::not_found("invitation"))?;
        let membership = old.membership()?;
        if membership.scope != scope {
            return Err(ApiError::not_found("invitation"));
        }
        let acting = authorize_invite(&principal.memberships, membership.role, &scope)
            .map_err(|d| ApiError::Forbidden(d.to_string()))?
            .role;
        if old.accepted_at.is_some() {
            return Err(ApiError::bad_input(
                "invitationId",
                "cette invitation a déjà été acceptée",
            ));
        }
        let email = Email::parse(&old.email).map_err(|e| ApiError::bad_input("email", e))?;
        accounts::revoke_invitation(&mut tx, old.id).await?;
        let row = self
            .issue_invitation(
                &mut tx,
                InvitationRequest {
                    invited_by: Some(principal.user_id),
                    acting: acting.as_str(),
                    email: &email,
                    membership: &membership,
                    department_codes: old.department_codes.as_deref(),
                },
            )
            .await?;
        audit::append(
            &mut tx,
            audit::Entry {
                department: department_of(&membership.scope),
                actor_user_id: Some(principal.user_id),
                actor_role: Some(acting.as_str()),
                action: "invitation.resent",
                target_type: Some("invitation"),
                target_id: Some(row.id.to_string()),
                details: json!({ "replaces": old.id }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(InvitationView {
            row,
            delivery: None,
        })
    }

    /// Records an invitation, its e-mail and its audit entry in the caller's transaction.
    pub(super) async fn issue_invitation(
        &self,
        tx: &mut cdlp_db::PgConnection,
        request: InvitationRequest<'_>,
    ) -> Result<accounts::InvitationRow, ApiError> {
        let InvitationRequest {
            invited_by,
            acting,
            email,
            membership,
            department_codes,
        } = request;
        let token = new_token();
        let token_hash = hash_token(&token);
        let expires_at = self.now() + self.settings.invitation_ttl;
        let invitation = accounts::insert_invitation(
            tx,
            accounts::NewInvitation {
                email,
                membership,
                token_hash: &token_hash,
                invited_by,
                expires_at,
                department_codes,
            },
        )
        .await?;
        let department = department_of(&membership.scope);
        let place = department
            .map(|d| format!(" pour le département {d}"))
            .unwrap_or_default();
        let notice = Notice::new(
            "invitation",
            "Invitation à rejoindre CDLP",
            format!(
                "Bonjour,\n\nVous êtes invité(e) à rejoindre CDLP {role}{place}.\n\n\
                 Pour activer votre compte, ouvrez ce lien avant le {expires} (heure de Paris) :\n{url}\n\n\
                 Ce lien est personnel : ne le transmettez pas. \
                 Si vous n'attendiez pas cette invitation, ignorez ce message.\n",
                role = en_tant_que(role_label(membership.role)),
                expires = french_datetime(expires_at, department),
                url = self.link(&format!("/invitation/{token}")),
            ),
        );
        self.send_notice(
            tx,
            department,
            [email.as_str().to_owned()],
            &notice,
            Some(invitation.id),
        )
        .await?;
        audit::append(
            tx,
            audit::Entry {
                department,
                actor_user_id: invited_by,
                actor_role: Some(acting),
                action: "invitation.issued",
                target_type: Some("invitation"),
                target_id: Some(invitation.id.to_string()),
                details: json!({ "role": membership.role.as_str() }),
            },
        )
        .await?;
        Ok(invitation)
    }

    /// The signed-in person's account and memberships.
    pub async fn viewer(
        &self,
        principal: &Principal,
    ) -> Result<(accounts::UserRow, Vec<accounts::MembershipView>), ApiError> {
        let ctx = Context {
            user_id: Some(principal.user_id),
            ..Context::default()
        };
        let mut tx = self.db.begin(&ctx).await?;
        let user = accounts::find_user(&mut tx, principal.user_id)
            .await?
            .ok_or_else(ApiError::unauthenticated)?;
        let memberships = accounts::membership_views(&mut tx, principal.user_id).await?;
        tx.commit().await?;
        Ok((user, memberships))
    }

    /// Staff of a département (its prefecture admins only).
    pub async fn department_users(
        &self,
        principal: &Principal,
        code: &str,
    ) -> Result<Vec<accounts::DepartmentUserRow>, ApiError> {
        let code = parse_department(code)?;
        let role = principal.role_in(&code, &[Role::PrefectureAdmin])?;
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let users = accounts::department_users(&mut tx, &code).await?;
        tx.commit().await?;
        Ok(users)
    }

    /// Ends someone's role in a scope (a colleague who left): whoever may invite to that
    /// role there and administers the scope (prefecture or association admin, operator).
    /// Nobody revokes their own role, so a scope never loses its last admin that way.
    pub async fn revoke_membership(
        &self,
        principal: &Principal,
        user_id: Uuid,
        role: Role,
        department_code: Option<String>,
        association_id: Option<Uuid>,
    ) -> Result<(), ApiError> {
        let scope = role_scope(role, &department_code, association_id)?;
        let acting = authorize_invite(&principal.memberships, role, &scope)
            .map_err(|d| ApiError::Forbidden(d.to_string()))?
            .role;
        if !matches!(
            acting,
            Role::PlatformOperator | Role::PrefectureAdmin | Role::AssociationAdmin
        ) {
            return Err(ApiError::forbidden());
        }
        if user_id == principal.user_id {
            return Err(ApiError::bad_input(
                "userId",
                "vous ne pouvez pas retirer votre propre rôle : demandez-le à un autre administrateur",
            ));
        }
        let mut tx = self
            .db
            .begin(&scope_context(principal, acting, &scope))
            .await?;
        let membership = Membership { role, scope };
        if !accounts::revoke_membership(&mut tx, user_id, &membership).await? {
            return Err(ApiError::not_found("rôle"));
        }
        audit::append(
            &mut tx,
            audit::Entry {
                department: department_of(&membership.scope),
                actor_user_id: Some(principal.user_id),
                actor_role: Some(acting.as_str()),
                action: "membership.revoked",
                target_type: Some("user"),
                target_id: Some(user_id.to_string()),
                details: json!({ "role": role.as_str() }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// An association's team and its invitations (its admins only).
    pub async fn association_team(
        &self,
        principal: &Principal,
        association_id: Uuid,
    ) -> Result<(Vec<accounts::AssociationMemberRow>, Vec<InvitationView>), ApiError> {
        let scope = Scope::Association(association_id);
        if !principal
            .memberships
            .iter()
            .any(|m| m.role == Role::AssociationAdmin && m.scope == scope)
        {
            return Err(ApiError::forbidden());
        }
        let ctx = Context {
            user_id: Some(principal.user_id),
            role: Some(Role::AssociationAdmin.as_str()),
            association_id: Some(association_id),
            ..Context::default()
        };
        let mut tx = self.db.begin(&ctx).await?;
        let members = accounts::association_members(&mut tx, association_id).await?;
        let invitations = accounts::invitations_in_scope(&mut tx, &scope).await?;
        let invitations = with_deliveries(&mut tx, invitations).await?;
        tx.commit().await?;
        Ok((members, invitations))
    }

    /// Invitations issued in a département (prefecture admins and agents).
    pub async fn department_invitations(
        &self,
        principal: &Principal,
        code: &str,
    ) -> Result<Vec<InvitationView>, ApiError> {
        let code = parse_department(code)?;
        // The operator too: it invites each département's first admin and must see whether the
        // invitation reached them.
        let role = principal.role_in(
            &code,
            &[
                Role::PrefectureAdmin,
                Role::PrefectureAgent,
                Role::PlatformOperator,
            ],
        )?;
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let rows = accounts::invitations_in_scope(&mut tx, &Scope::Department(code)).await?;
        let rows = with_deliveries(&mut tx, rows).await?;
        tx.commit().await?;
        Ok(rows)
    }
}

/// An invitation and what became of its e-mail.
pub struct InvitationView {
    pub row: accounts::InvitationRow,
    pub delivery: Option<outbox::DeliveryRow>,
}

/// Attaches to each invitation the delivery of its (latest) e-mail, in one query.
async fn with_deliveries(
    tx: &mut cdlp_db::PgConnection,
    rows: Vec<accounts::InvitationRow>,
) -> Result<Vec<InvitationView>, ApiError> {
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let mut deliveries = outbox::deliveries(tx, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let delivery = deliveries
                .iter()
                .rposition(|d| d.ref_id == row.id)
                .map(|i| deliveries.swap_remove(i));
            InvitationView { row, delivery }
        })
        .collect())
}

/// The scope a role is held in, from the département or association given with it.
fn role_scope(
    role: Role,
    department_code: &Option<String>,
    association_id: Option<Uuid>,
) -> Result<Scope, ApiError> {
    match (role.scope_kind(), department_code, association_id) {
        (ScopeKind::National, None, None) => Ok(Scope::National),
        (ScopeKind::Department, Some(code), None) => Ok(Scope::Department(parse_department(code)?)),
        (ScopeKind::Association, None, Some(id)) => Ok(Scope::Association(id)),
        (ScopeKind::National, _, _) => Err(ApiError::bad_input(
            "role",
            "ce rôle est national : ne précisez ni département ni association",
        )),
        (ScopeKind::Department, _, _) => Err(ApiError::bad_input(
            "departmentCode",
            "ce rôle s'exerce dans un département : précisez-le, sans association",
        )),
        (ScopeKind::Association, _, _) => Err(ApiError::bad_input(
            "associationId",
            "ce rôle s'exerce dans une association : précisez-la, sans département",
        )),
    }
}

/// Acting in a role over a whole scope (a département, an association, or national).
fn scope_context(principal: &Principal, acting: Role, scope: &Scope) -> Context {
    Context {
        user_id: Some(principal.user_id),
        role: Some(acting.as_str()),
        department: department_of(scope).cloned(),
        association_id: match scope {
            Scope::Association(id) => Some(*id),
            _ => None,
        },
        invitation_hash: None,
    }
}

fn department_of(scope: &Scope) -> Option<&cdlp_domain::DepartmentCode> {
    match scope {
        Scope::Department(code) => Some(code),
        _ => None,
    }
}

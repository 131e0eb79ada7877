-- Demo data: three onboarded départements (Paris, Bouches-du-Rhône, Rhône) with their
-- commissions and staff, a ministry analyst, a platform operator and one association.
-- Every account's password hash comes from the transaction setting cdlp.demo_password_hash.
-- Run by the admin connection (it writes across départements), once.

insert into associations (id, name, rna, siret) values
  ('00000000-0000-4000-a000-000000000001', 'Association Passerelle (démo)', 'W751000001', '88888888800011');

insert into users (id, email, display_name, password_hash) values
  ('00000000-0000-4000-b000-000000000001', 'operateur@demo.cdlp.fr', 'Opérateur de la plateforme', current_setting('cdlp.demo_password_hash')),
  ('00000000-0000-4000-b000-000000000002', 'analyste@demo.cdlp.fr', 'Analyste du ministère', current_setting('cdlp.demo_password_hash')),
  ('00000000-0000-4000-b000-000000000751', 'admin.75@demo.cdlp.fr', 'Claire Martin', current_setting('cdlp.demo_password_hash')),
  ('00000000-0000-4000-b000-000000000752', 'agent.75@demo.cdlp.fr', 'Karim Benali', current_setting('cdlp.demo_password_hash')),
  ('00000000-0000-4000-b000-000000000753', 'membre.75@demo.cdlp.fr', 'Hélène Rousseau', current_setting('cdlp.demo_password_hash')),
  ('00000000-0000-4000-b000-000000000131', 'admin.13@demo.cdlp.fr', 'Marc Giraud', current_setting('cdlp.demo_password_hash')),
  ('00000000-0000-4000-b000-000000000132', 'agent.13@demo.cdlp.fr', 'Sofia Lopez', current_setting('cdlp.demo_password_hash')),
  ('00000000-0000-4000-b000-000000000691', 'admin.69@demo.cdlp.fr', 'Julien Perrin', current_setting('cdlp.demo_password_hash')),
  ('00000000-0000-4000-b000-000000000692', 'agent.69@demo.cdlp.fr', 'Nadia Haddad', current_setting('cdlp.demo_password_hash')),
  ('00000000-0000-4000-b000-000000000901', 'asso.admin@demo.cdlp.fr', 'Anne Lefèvre', current_setting('cdlp.demo_password_hash')),
  ('00000000-0000-4000-b000-000000000902', 'asso.travailleur@demo.cdlp.fr', 'Thomas Nguyen', current_setting('cdlp.demo_password_hash')),
  -- Works for two prefectures (a regional reinforcement): switches between them.
  ('00000000-0000-4000-b000-000000000993', 'renfort@demo.cdlp.fr', 'Inès Moreau', current_setting('cdlp.demo_password_hash'));

insert into memberships (user_id, role, department_code, association_id) values
  ('00000000-0000-4000-b000-000000000001', 'PLATFORM_OPERATOR', null, null),
  ('00000000-0000-4000-b000-000000000002', 'MINISTRY_ANALYST', null, null),
  ('00000000-0000-4000-b000-000000000751', 'PREFECTURE_ADMIN', '75', null),
  ('00000000-0000-4000-b000-000000000752', 'PREFECTURE_AGENT', '75', null),
  ('00000000-0000-4000-b000-000000000753', 'COMMISSION_MEMBER', '75', null),
  ('00000000-0000-4000-b000-000000000131', 'PREFECTURE_ADMIN', '13', null),
  ('00000000-0000-4000-b000-000000000132', 'PREFECTURE_AGENT', '13', null),
  ('00000000-0000-4000-b000-000000000691', 'PREFECTURE_ADMIN', '69', null),
  ('00000000-0000-4000-b000-000000000692', 'PREFECTURE_AGENT', '69', null),
  ('00000000-0000-4000-b000-000000000901', 'ASSOCIATION_ADMIN', null, '00000000-0000-4000-a000-000000000001'),
  ('00000000-0000-4000-b000-000000000902', 'ASSOCIATION_WORKER', null, '00000000-0000-4000-a000-000000000001'),
  ('00000000-0000-4000-b000-000000000993', 'PREFECTURE_AGENT', '13', null),
  ('00000000-0000-4000-b000-000000000993', 'PREFECTURE_AGENT', '69', null);

insert into commissions (department_code, id, installed_on, arrete_reference, created_by) values
  ('75', '00000000-0000-4000-c000-000000000075', '2017-07-07', 'Arrêté préfectoral n° 75-2017-07-07-001 (démo)', '00000000-0000-4000-b000-000000000001'),
  ('13', '00000000-0000-4000-c000-000000000013', '2017-10-16', 'Arrêté préfectoral n° 13-2017-10-16-002 (démo)', '00000000-0000-4000-b000-000000000001'),
  ('69', '00000000-0000-4000-c000-000000000069', '2017-06-29', 'Arrêté préfectoral n° 69-2017-06-29-003 (démo)', '00000000-0000-4000-b000-000000000001');

update departments set onboarded_at = now() where code in ('75', '13', '69');
-- Paris and Bouches-du-Rhône are co-presided (R.121-12-7).
update commissions set co_presided = true where department_code in ('75', '13');

insert into commission_members (department_code, commission_id, full_name, seat, organisation, user_id, voting, term_start, term_end, created_by)
select d, c, name, seat, org, uid, voting, date '2024-01-15', date '2027-01-14', '00000000-0000-4000-b000-000000000001'
from (values
  ('75', '00000000-0000-4000-c000-000000000075'::uuid, 'Préfet de la région Île-de-France, préfet de Paris', 'PRESIDENT', 'Préfecture de Paris', null::uuid, true),
  ('75', '00000000-0000-4000-c000-000000000075'::uuid, 'Préfet de police', 'PRESIDENT', 'Préfecture de police', null, true),
  ('75', '00000000-0000-4000-c000-000000000075'::uuid, 'Hélène Rousseau', 'MAGISTRATE', 'Cour d''appel de Paris', '00000000-0000-4000-b000-000000000753'::uuid, true),
  ('75', '00000000-0000-4000-c000-000000000075'::uuid, 'Dr Paul Mercier', 'DOCTOR', 'Ordre des médecins', null, true),
  ('75', '00000000-0000-4000-c000-000000000075'::uuid, 'Anne Lefèvre', 'APPROVED_ASSOCIATION', 'Association Passerelle (démo)', null, true),
  ('13', '00000000-0000-4000-c000-000000000013'::uuid, 'Préfet des Bouches-du-Rhône', 'PRESIDENT', 'Préfecture des Bouches-du-Rhône', null, true),
  ('13', '00000000-0000-4000-c000-000000000013'::uuid, 'Directrice départementale de l''emploi, du travail et des solidarités', 'SOCIAL_COHESION', 'DDETS 13', null, true),
  ('13', '00000000-0000-4000-c000-000000000013'::uuid, 'Commandant du groupement de gendarmerie', 'GENDARMERIE', 'Gendarmerie nationale', null, true),
  ('69', '00000000-0000-4000-c000-000000000069'::uuid, 'Préfète du Rhône', 'PRESIDENT', 'Préfecture du Rhône', null, true),
  ('69', '00000000-0000-4000-c000-000000000069'::uuid, 'Directeur académique des services de l''éducation nationale', 'EDUCATION', 'DSDEN du Rhône', null, true),
  ('69', '00000000-0000-4000-c000-000000000069'::uuid, 'Représentante de la Métropole de Lyon', 'LOCAL_AUTHORITY', 'Métropole de Lyon', null, false)
) as m(d, c, name, seat, org, uid, voting);

-- The association's agrément in each demo département, and its seat on the Paris commission.
insert into agrements (department_code, association_id, status, valid_from, valid_until, arrete_reference)
select code, '00000000-0000-4000-a000-000000000001', 'GRANTED', date '2024-06-01', date '2027-05-31',
       'Arrêté d''agrément n° ' || code || '-2024-0601 (démo)'
from unnest(array['75', '13', '69']) as code;

update commission_members set association_id = '00000000-0000-4000-a000-000000000001'
where seat = 'APPROVED_ASSOCIATION' and department_code = '75';

-- A second association, which asks for its agrément in Paris and Bouches-du-Rhône during the demo.
insert into associations (id, name, rna, siret, seat_address, seat_department_code, declared_on, contact_email, contact_phone) values
  ('00000000-0000-4000-a000-000000000002', 'Association Horizon (démo)', 'W131000002', '88888888800029',
   '12 boulevard de la Liberté, 13001 Marseille', '13', '2012-09-20', 'contact@horizon.demo.cdlp.fr', '04 91 00 00 00');
update associations set seat_address = '5 rue des Lilas, 75011 Paris', seat_department_code = '75', declared_on = '2009-03-02',
  contact_email = 'contact@passerelle.demo.cdlp.fr', contact_phone = '01 40 00 00 00'
  where id = '00000000-0000-4000-a000-000000000001';
insert into users (id, email, display_name, password_hash) values
  ('00000000-0000-4000-b000-000000000911', 'horizon.admin@demo.cdlp.fr', 'Samia Bensaïd', current_setting('cdlp.demo_password_hash'));
insert into memberships (user_id, role, association_id) values
  ('00000000-0000-4000-b000-000000000911', 'ASSOCIATION_ADMIN', '00000000-0000-4000-a000-000000000002');

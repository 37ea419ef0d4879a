-- Anonymous outcomes of the login wizard (docs/decisions/006-outcomes.md).
-- No IP address, no user agent, no cookie and no free text is ever stored.
create table outcome_events (
  id bigint generated always as identity primary key,
  received_at timestamptz not null default now(),
  flow_version text not null,
  visit uuid,
  kind text not null check (kind in ('view','answer','copied')),
  step text not null,
  answer text,
  next_step text,
  locale text not null
);
create index outcome_events_step on outcome_events (flow_version, step, received_at);

-- Sessions (feature: identity): Spring Session JDBC keeps every workbench session here, so that
-- any instance serves any signed-in person and a restart signs no one out. The schema is Spring
-- Session's own for PostgreSQL (spring-session-jdbc 4.0, schema-postgresql.sql), created by
-- Flyway rather than by Spring Session at start-up (spring.session.jdbc.initialize-schema=never).
-- Holds no report content: the security context (username, roles) and the account version.
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

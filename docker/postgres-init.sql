-- One database per service: each owns its data.
CREATE DATABASE catalog;
CREATE DATABASE plan;
CREATE DATABASE progress;
CREATE DATABASE webhook;

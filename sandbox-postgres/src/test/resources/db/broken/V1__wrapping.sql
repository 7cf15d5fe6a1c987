CREATE TABLE wrapping (id integer PRIMARY KEY);

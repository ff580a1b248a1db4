package io.jpod.ports;

/** A container's lifecycle status as stored; the domain owns the transitions between them. */
public enum ContainerStatus { CONFIGURED, CREATED, RUNNING, PAUSED, STOPPED, EXITED, REMOVING }

package de.quartiersnetz.cms.search;

public enum Operator { EQ, NE, GT, LT, GTE, LTE, LIKE, IN, NOT_IN, NULL }

package de.quartiersnetz.cms.authoring;

/** No light module defines a content app of the asked name. */
final class AppNotFoundException extends RuntimeException {
    private final String appName;

    AppNotFoundException(String appName) {
        super("no content app '" + appName + "'");
        this.appName = appName;
    }

    String appName() {
        return appName;
    }
}

package de.quartiersnetz.cms.authoring;

/**
 * An app of the runtime itself (Pages, Assets, Security), listed in the launcher beside the light modules'
 * apps. Register one as a Spring bean.
 *
 * @param labelKey key in the AdminCentral UI messages
 * @param href     path of the app's first screen
 */
public record BuiltInApp(String name, String labelKey, String href) {
}

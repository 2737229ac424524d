package de.quartiersnetz.cms.delivery;

/** No published node at the asked path of the endpoint (answered with 404). */
public class DeliveryNotFoundException extends RuntimeException {
    public DeliveryNotFoundException(String message) {
        super(message);
    }
}

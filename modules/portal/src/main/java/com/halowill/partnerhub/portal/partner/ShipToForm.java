package com.halowill.partnerhub.portal.partner;
import com.halowill.partnerhub.catalog.DistributorCode;

import com.halowill.partnerhub.orders.ShipTo;
import com.halowill.partnerhub.portal.web.Input;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A ship-to address as typed on the company admin page, and what is wrong with it. */
record ShipToForm(String code, String name, String line1, String city, String region, String postalCode,
        String country, String warehouse) {

    /** The company's ship-tos and the add form (blank, or as typed with its problems). */
    record Page(List<ShipTo> shipTos, ShipToForm form, List<String> errors) {

        static Page of(List<ShipTo> shipTos) {
            return new Page(shipTos, new ShipToForm("", "", "", "", "", "", "US", ""), List.of());
        }
    }

    /** The form's fields, stripped; a code without the company's prefix gets it ({@code NWOS-} + what was typed). */
    static ShipToForm read(MultivaluedMap<String, String> form, String distributor) {
        String code = Input.field(form, "code").toUpperCase(Locale.ROOT);
        String prefix = distributor + "-";
        if (!code.isEmpty() && !code.startsWith(prefix)) {
            code = prefix + code;
        }
        return new ShipToForm(code, Input.field(form, "name"), Input.field(form, "line1"), Input.field(form, "city"),
                Input.field(form, "region").toUpperCase(Locale.ROOT), Input.field(form, "postalCode"),
                Input.field(form, "country").toUpperCase(Locale.ROOT), Input.field(form, "warehouse"));
    }

    /** Each field that cannot be stored as typed, in words; empty when the address can be saved. */
    List<String> problems(List<String> warehouses) {
        List<String> out = new ArrayList<>();
        if (!code.matches("[A-Z0-9]+-[A-Z0-9-]{1,24}") || code.length() > 32) {
            out.add("Code: letters, digits and dashes after the company's prefix, at most 32 in all (such as "
                    + code.split("-", 2)[0] + "-PHX).");
        }
        text(out, "Name", name, 200);
        text(out, "Street", line1, 200);
        text(out, "City", city, 100);
        text(out, "State or province", region, 16);
        text(out, "Postal code", postalCode, 16);
        if (!country.matches("[A-Z]{2}")) {
            out.add("Country: the two-letter code, such as US or CA.");
        }
        if (!warehouses.contains(warehouse)) {
            out.add("Usual warehouse: choose one of " + String.join(", ", warehouses) + ".");
        }
        return out;
    }

    ShipTo shipTo(String distributor) {
        return new ShipTo(code, new DistributorCode(distributor), name, line1, city, region, postalCode, country,
                warehouse);
    }

    private static void text(List<String> out, String label, String value, int max) {
        if (value.isEmpty()) {
            out.add(label + ": required.");
        } else if (value.length() > max) {
            out.add(label + ": at most " + max + " characters.");
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            out.add(label + ": remove the control characters.");
        }
    }
}

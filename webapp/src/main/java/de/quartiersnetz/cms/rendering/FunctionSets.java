package de.quartiersnetz.cms.rendering;

import java.time.Clock;

import org.springframework.stereotype.Component;

import de.quartiersnetz.cms.assets.AssetLinks;
import de.quartiersnetz.cms.search.ContentIndexes;

/** Registers the function sets beyond {@code cmsfn}: {@code damfn}, {@code searchfn}, {@code calendarfn}, {@code jsonfn}. */
@Component
class FunctionSets {
    FunctionSets(PageRenderer renderer, ContentIndexes indexes, Clock clock, Sites sites, AssetLinks assets) {
        renderer.addFunctionSet("damfn", context -> new DamFunctions(assets, context.locale()));
        renderer.addFunctionSet("searchfn", context -> {
            java.util.List<String> workspaces = new java.util.ArrayList<>();
            sites.current().detailPages().forEach(d -> workspaces.add(d.workspace()));
            workspaces.add(PageRenderer.WEBSITE);
            return new SearchFunctions(context, indexes, workspaces);
        });
        CalendarFunctions calendar = new CalendarFunctions(clock);
        renderer.addFunctionSet("calendarfn", context -> calendar);
        JsonFunctions json = new JsonFunctions(clock.getZone());
        renderer.addFunctionSet("jsonfn", context -> json);
    }
}

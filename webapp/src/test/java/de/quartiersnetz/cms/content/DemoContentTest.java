package de.quartiersnetz.cms.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.quartiersnetz.cms.repository.Tree;

/** The demo light module, imported through the write path, holds the entities of each of the five seeds. */
class DemoContentTest {
    @TempDir
    static Path dataDir;
    static ProjectContent content;

    @BeforeAll
    static void importDemo() {
        content = new ProjectContent(dataDir);
        content.importDemo();
    }

    @AfterAll
    static void close() {
        content.close();
    }

    @Test
    void seed1ChemnitzSuedWithCarrierOffersFundingAndItsTwoOfficeHours() {
        List<String> facts = read(session -> {
            Node project = session.getNode("/projects/gemeinwesenkoordination-chemnitz-sued");
            List<String> out = new ArrayList<>();
            out.add(project.getProperty("carrier").getString());
            out.add("offers=" + project.getNode("offers").getNodes().getSize());
            out.add(String.join("|", strings(project.getProperty("funders").getValues())));
            for (Node hours : children(session.getNode("/officeHours"))) {
                if (hours.getProperty("project").getString().equals(project.getIdentifier())) {
                    out.add(hours.getProperty("weekday").getString() + " " + hours.getProperty("opens").getString()
                            + "-" + hours.getProperty("closes").getString() + " " + hours.getProperty("note").getString());
                }
            }
            return out;
        });
        assertThat(facts).contains("Neue Arbeit Chemnitz e.V.", "offers=7",
                "tuesday 15:00-18:00 Weitere Termine nach Absprache",
                "wednesday 10:00-13:00 Weitere Termine nach Absprache");
        assertThat(facts.get(2)).contains("Stadt Chemnitz").contains("ESF");
    }

    @Test
    void seed0LagMeetingOnTheNinthOfJune2015WithAgendaVenueAndRegistration() {
        List<String> facts = read(session -> {
            Node meeting = session.getNode("/news/laenderuebergreifendes-lag-treffen-2015");
            List<String> out = new ArrayList<>();
            out.add(meeting.getProperty("eventStart").getString());
            out.add(meeting.getProperty("registrationDeadline").getString().substring(0, 10));
            out.add(meeting.getNode("venue").getProperty("street").getString());
            for (Node item : children(meeting.getNode("agendaItems"))) {
                out.add("agenda:" + item.getProperty("title").getString());
            }
            out.add("networks=" + meeting.getProperty("networks").getValues().length);
            return out;
        });
        assertThat(facts).contains("2015-06-09T10:00:00.000+02:00", "2015-05-29", "Lessingstraße 7",
                "agenda:Begrüßung und kurze Vorstellung der LAG bzw. des Netzwerkes",
                "agenda:Rahmenbedingungen/Finanzierung", "agenda:Sozialraumausrichtung/Gremien", "agenda:Praxis",
                "agenda:Plenum – Zusammenfassung und Ausblick", "networks=4");
    }

    @Test
    void seed0ThasgWithAddressAndBankDetails() {
        String iban = read(session -> session.getNode("/networks/thasg/bankDetails").getProperty("iban").getString());
        assertThat(iban).isEqualTo("DE82 8305 3030 0018 0092 20");
    }

    @Test
    void seed4AllSixLeipzigerOstenWorkingGroupsWithModerators() {
        List<String> groups = read(session -> {
            String network = session.getNode("/networks/netzwerk-leipziger-osten").getIdentifier();
            List<String> out = new ArrayList<>();
            for (Node group : children(session.getNode("/workingGroups"))) {
                if (group.getProperty("network").getString().equals(network)) {
                    List<String> moderators = new ArrayList<>();
                    if (group.hasNode("moderators")) {
                        for (Node moderator : children(group.getNode("moderators"))) {
                            moderators.add(moderator.getProperty("name").getString());
                        }
                    } else {
                        moderators.add(group.getProperty("moderationNote").getString());
                    }
                    out.add(group.getProperty("title").getString() + ": " + String.join(", ", moderators));
                }
            }
            return out;
        });
        assertThat(groups).hasSize(6)
                .contains("Netzwerkplattform AK Ost: Paula Hofmann, Harald Flemmig, Franziska Ponitka")
                .anySatisfy(g -> assertThat(g).startsWith("Aktionsbündnis Sicherheit: Sylke Lein"))
                .anySatisfy(g -> assertThat(g).startsWith("Planungsraum-Arbeitskreis Innerer Osten: Anja Moritz"))
                .anySatisfy(g -> assertThat(g).startsWith("Integrations-Check: Henry Hufenreuter"))
                .anySatisfy(g -> assertThat(g).startsWith("Netzwerk Kultur: die jeweiligen Einladenden"));
    }

    @Test
    void seed1And3NetworksAndProjectsWithFoundingAndFunding() {
        List<String> facts = read(session -> List.of(
                session.getNode("/networks/lag-sachsen").getProperty("founded").getString().substring(0, 10),
                session.getNode("/projects/servicestelle-quartiersentwicklung-und-gemeinwesenarbeit")
                        .getProperty("carrier").getString(),
                session.getNode("/projects/servicestelle-quartiersentwicklung-und-gemeinwesenarbeit/partners/0")
                        .getProperty("name").getString()));
        assertThat(facts).containsExactly("2000-12-07", "Landesverband Soziokultur Sachsen e.V.", "Hochschule Mittweida");
    }

    @Test
    void seed2MagdeburgConferenceWithOrganisersAndContact() {
        List<String> organisers = read(session -> {
            List<String> out = new ArrayList<>();
            for (Node organiser : children(session.getNode("/news/tagung-zukunft-von-stadtteilquartieren-2010/organisers"))) {
                out.add(organiser.getProperty("name").getString());
            }
            return out;
        });
        assertThat(organisers).anySatisfy(o -> assertThat(o).contains("Landeshauptstadt Magdeburg"))
                .anySatisfy(o -> assertThat(o).contains("Soziale Stadt und Land Entwicklungsgesellschaft"));
    }

    private static <T> T read(de.quartiersnetz.cms.repository.SessionWork<T> work) {
        return content.repository.read(Tree.AUTHOR, "test", work);
    }

    private static List<Node> children(Node node) throws RepositoryException {
        List<Node> out = new ArrayList<>();
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            out.add(it.nextNode());
        }
        return out;
    }

    private static List<String> strings(javax.jcr.Value[] values) throws RepositoryException {
        List<String> out = new ArrayList<>();
        for (javax.jcr.Value value : values) {
            out.add(value.getString());
        }
        return out;
    }
}

from newsgraph.web.geometry import (
    MAP_HEIGHT,
    MAP_WIDTH,
    bars,
    clusters,
    country_outlines,
    project,
    stacked_bars,
)


def test_projection_maps_the_corners_of_the_world_to_the_corners_of_the_map():
    assert project(84, -180) == (0, 0)
    assert project(-60, 180) == (MAP_WIDTH, MAP_HEIGHT)
    assert project(-89, 0)[1] == MAP_HEIGHT  # the polar cap is clamped, not drawn off the map


def test_country_outlines_come_from_the_installed_package_as_svg_paths():
    outlines = dict(country_outlines())
    assert len(outlines) > 150
    assert outlines["France"].startswith("M") and outlines["France"].endswith("Z")


def test_nearby_places_share_a_cluster_at_their_weighted_centre():
    places = [{"id": 1, "name": "A", "lat": 10.0, "lon": 10.0, "events": 3},
              {"id": 2, "name": "B", "lat": 11.0, "lon": 11.0, "events": 1},
              {"id": 3, "name": "C", "lat": -30.0, "lon": 100.0, "events": 1}]
    big, small = clusters(places, cell_degrees=6)
    assert big.count == 4 and [p["id"] for p in big.places] == [1, 2]
    assert (big.x, big.y) == project(10.25, 10.25)
    assert small.count == 1 and big.radius > small.radius
    assert len(clusters(places, cell_degrees=1)) == 3


def test_stacked_bars_stack_types_up_to_the_tallest_bucket():
    chart = stacked_bars([{"start": "2025-03-01", "counts": {"AID": 1, "ASSAULT": 3}},
                          {"start": "2025-03-02", "counts": {"AID": 2}}], width=100, height=100)
    first, second = chart
    assert [s["height"] for s in first["segments"]] == [25.0, 75.0]
    assert first["segments"][-1]["y"] == 0.0 and second["segments"][0]["height"] == 50.0
    assert stacked_bars([]) == [] and bars([]) == []
    assert [b["height"] for b in bars([("a", 1), ("b", 4)], height=40)] == [10.0, 40.0]

// A shared library without a Poco manifest: the host must refuse it.
extern "C" int lessenbank_test_not_a_plugin() { return 42; }

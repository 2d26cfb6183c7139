#!/usr/bin/python3
"""Generates the sample county of Zhenxing (振兴看板): XX区 (410104), 2022-2023.

    /usr/bin/python3 make_sample.py            # writes the five CSV files next to this script
    /usr/bin/python3 make_sample.py --report   # also prints statuses and rankings

Standard library only and deterministic (random.Random(2023), integer arithmetic).

The 2023 county figures of the 70 indicators in the seed report
(shared/seed/figures-2023.csv, embedded below) are reproduced exactly. Everything else --
the quarterly split, the village breakdown, 2022, most targets and the supporting
indicators -- is illustrative. The script ends by re-reading the files it wrote and
checking every rule listed in README.md; it exits non-zero when one fails.
"""

import csv
import io
import random
import sys
from fractions import Fraction as F
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED_FILE = HERE / ".." / ".." / ".." / "shared" / "seed" / "figures-2023.csv"

# --------------------------------------------------------------------------------------
# The seed: every figure of the 2023 report (copy of shared/seed/figures-2023.csv).
# --------------------------------------------------------------------------------------
SEED_CSV = r'''section,key,indicator_zh,indicator_en,unit,value,target,stated_rate,part_of,quote
organization,five_star_branches,五星支部,five-star Party branches,个,1,,,branches_rated,2023年创建五星支部1个
organization,four_star_branches,四星支部,four-star Party branches,个,3,,,branches_rated,四星支部3个
organization,three_star_branches,三星支部,three-star Party branches,个,12,,,branches_rated,三星支部12个
organization,two_star_branches,二星支部,two-star Party branches,个,4,,,branches_rated,二星支部4个
organization,comparison_sessions,"""亮赛比""区级专场比学",district comparison sessions,次,3,,,,"开展""亮赛比""区级专场比学3次"
organization,mentor_pairs,导师帮带结对,mentor-trainee pairs,对,27,,,,全区27对导师学员
organization,gold_mentors,推荐金牌导师,gold mentors recommended,名,1,,,,"向市委组织部推荐1名村书记为""金牌导师"""
organization,resident_work_teams,驻村工作队,villages with resident work teams,个,2,,,,向XXX村和XXX村派驻了驻村工作队
organization,secretaries_trained,村书记轮训,village Party secretaries trained,名,20,,,,全区20名村书记及所有村“两委”成员……开展为期6天的轮训
organization,secretaries_filed,村书记县级备案,village secretaries filed at county level,名,20,,,,全区20个村书记于2023年换届后已在组织部备案完毕
organization,party_members_linked,联户党员,rural Party members linked to households,名,1500,,,,向全区1500余名农村党员发放党员联户手册
culture,assistance_activities,结对帮扶活动,civility assistance activities,次,100,,,,开展……文明村镇创建帮扶活动100余次
culture,assistance_funds,帮扶资金物资,assistance funds and materials,万元,20,,,,累计投入各类帮扶资金、物资20余万元
culture,civilized_families,区级以上文明家庭,civilized families (district level and above),个,70,,,,共推荐评选出……70余个区级(含区级)以上文明家庭
culture,honour_roll,"省""乡村光荣榜""",provincial rural honour roll,名,2,,,,"XXX等2名同志荣登XX省""乡村光荣榜"""
culture,star_household_coverage,星级文明户认领覆盖率,star civilized household coverage,%,100,,,,"已经实现""星级文明户""认领制的全覆盖"
grain,winter_wheat_area,冬小麦播种面积,winter wheat sown area,亩,2492,,,,去年冬小麦播种面积2492亩
grain,rapeseed_area,油菜花播种面积,rapeseed sown area,亩,1266,,,,油菜花播种面积1266亩
grain,summer_sowing_area,夏播面积,summer sown area,亩,4296.3,,,,2023年夏播面积4296.3亩
grain,corn_area,玉米播种面积,maize sown area,亩,1735,,,summer_sowing_area,其中玉米1735亩
grain,farm_subsidy,耕地地力保护补贴和种粮一次性补贴,farmland protection and grain subsidies,万元,21.9,,,,共发放耕地地力保护补贴和种粮一次性补贴21.9万元
grain,subsidy_households,补贴惠及农户,households receiving subsidies,户,1351,,,,惠及五个行政村的1351户农户
grain,subsidy_villages,补贴惠及行政村,villages receiving subsidies,个,5,,,,惠及五个行政村
grain,subsidy_success_rate,耕地地力保护一次性发放成功率,subsidy payment success rate,%,100,,,,耕地地力保护一次性发放成功率100%
grain,farmland_patrols,农田巡查,farmland inspections,次,29,,,,今年以来开展农田巡查29次
grain,agri_input_dealers,农资经营户,agricultural input dealers,家,24,,,,现有农资经营户24家
grain,standard_adoption_rate,标准入户率,standardized production adoption rate,%,100,,,,标准入户率达到100%
grain,green_food_bases,绿色食品基地,green food bases,家,2,,,,已建绿色食品基地2家
grain,food_safety_batches,食品安全监督抽检,food safety sampling batches,批次,2195,,,,完成食品安全监督抽检2195批次涉及25个食品大类
grain,food_categories,抽检食品大类,food categories sampled,类,25,,,,涉及25个食品大类
grain,farm_product_batches,农产品市级监督抽检,municipal farm product sampling batches,批次,4,,,,农产品市级监督抽检4批次
grain,sampling_pass_rate,抽检合格率,sampling pass rate,%,100,,,,抽检合格率均达100%O
environment,model_villages,市级美丽乡村示范村,municipal model beautiful villages,个,3,,,,启动并完成XXX村、XXX村、XXX村三个行政村的市级美丽乡村示范村创建工作
environment,southern_villages,南部区域剩余村庄,remaining villages in the southern area,个,7,,,,辖区南部区域剩余7个村庄
environment,kitchen_jobs,中央厨房项目就业岗位,jobs from the central kitchen project,个,200,,,,可以解决200余名村民就业岗位
environment,six_problems_fixed,"""六乱六清""问题整治",living-environment problems fixed,处,140,,,,"累计整治各类""六乱六清""问题140处"
environment,district_bulletins,区级通报,district bulletins issued,期,16,,,,其中区级下发通报16期
environment,supervised_problems,督导问题,problems found by supervision,处,86,,,six_problems_fixed,督导问题86处
environment,self_check_problems,村办两级自查自改问题,problems found by self-inspection,处,54,,,six_problems_fixed,村办两级自查自改问题54处
environment,rectification_rate,整改率,rectification rate,%,100,,,,整改率100%
environment,returning_entrepreneurs,返乡下乡创业人员,returning entrepreneurs,人,479,350,136.86,,新增农民工等返乡下乡创业人员479人，占年度目标任务350人的136.86%
environment,labour_transfer,农村劳动力转移就业,rural labour transferred to employment,人,99,80,123.75,,新增农村劳动力转移就业99人，占年度目标任务80人的123.75%
water,river_patrols,巡河(库),river and reservoir patrols,次,2436,,,,共计巡河(库)2436次
water,river_patrols_district,区级巡河,district-level patrols,次,48,,,river_patrols,其中：区级48次
water,river_patrols_street,街道巡河,sub-district-level patrols,次,211,,,river_patrols,街道211次
water,river_patrols_village,村级巡河,village-level patrols,次,2177,,,river_patrols,村级2177次
water,river_chief_meetings,河长制工作现场会,river chief on-site meetings,次,2,,,,召开河长制工作现场会2次
water,assignment_orders,河长制交办单,river chief assignment orders,次,16,,,,签发河长制交办单16次
water,supervision_letters,督办函,supervision letters,次,1,,,,督办函1次
water,reminder_letters,提示函,reminder letters,次,5,,,,提示函5次
water,river_problems_solved,解决河库治理问题,river problems solved,个,5,,,,解决河库治理等问题5个
water,publicity_boards,宣传栏,publicity boards,个,21,,,,另外设立宣传栏21个
water,river_chief_signs,河长制公示牌,river chief notice boards,个,35,,,,河长制公示牌35个
water,electronic_screens,电子屏展板,electronic screens and boards,块,100,,,,共动用电子屏展板IOO余块
water,banners,宣传条幅,banners hung,条,200,,,,悬挂宣传条幅200条
water,water_saving_items,节水宣传品,water-saving giveaways,份,6000,,,,发放节水宣传品6000余份
water,water_saving_leaflets,节水窍门宣传彩页,water-saving leaflets,张,10000,,,,节水窍门宣传彩页IOOOO张
water,campaign_manuals,宣传手册,campaign manuals,份,20000,,,,河道非法采砂专项斗争宣传手册20000份
water,campaign_staff,出动工作人员,staff deployed,人次,120,,,,出动工作人员120人/次
water,enforcement_vehicles,出动执法车辆,enforcement vehicles deployed,台次,80,,,,出动执法车辆80台/次
water,tap_water_files,自来水一户一档,tap-water household files,户,217,,100,,全年共建立完成217户档案，完成率100%
water,private_well_files,自备井一户一档,private-well household files,户,79,,100,,共完成79户档案，完成率100%
water,wells_sealed,封闭自备井,private wells sealed,眼,9,,,,封闭自备井9眼
water,groundwater_reduced,压采地下水量,groundwater extraction cut,万立方米,12,,,,压采地下水量12万立方米
water,enterprises_inspected,巡查检查企业用水户,enterprise water users inspected,家,32,,,,共巡查检查企业用水户32家
water,water_cases_received,市级督办案件,municipal supervision cases received,起,5,,,,接收市级督办案件5起
water,water_cases_filed,立案查处,cases filed for investigation,起,3,,,water_cases_received,立案查处3起
water,water_cases_guided,行政指导,cases closed by administrative guidance,起,2,,,water_cases_received,行政指导2起
reform,agri_subdistricts,涉农办事处,agricultural sub-districts,个,5,,,,通过对我区5个涉农办事处村(社区)财务审批流程进行收集研判
reform,strong_collective_villages,村集体经济超过百万元村,villages with collective income over 1 million yuan,个,10,,,,据统计我区村集体经济超过百万元村共有10个
'''

SEED = list(csv.DictReader(io.StringIO(SEED_CSV)))
SEED_BY_CODE = {r["key"]: r for r in SEED}

YEARS = (2022, 2023)
QUARTERS = (1, 2, 3, 4)
COUNTY = "410104"

ILLUSTRATIVE = "（示例数据：2023年全区数值取自原文，季度分布、村级分解、2022年数据及目标为演示用，非原文数据）"
ILLUSTRATIVE_TARGET = ("（示例数据：2023年全区数值及年度目标取自原文，季度分布、村级分解、2022年数据及"
                       "下级目标为演示用，非原文数据）")
DERIVED = "（派生/示例指标：原文未列此数，为计算比率或部分与总量关系而设，全部数值为演示用）"


class CheckError(Exception):
    pass


# --------------------------------------------------------------------------------------
# Regions
# --------------------------------------------------------------------------------------
SUBDISTRICTS = [
    ("001", "城东街道办事处", "Chengdong Sub-district",
     [("张庄村", "Zhangzhuang"), ("李寨村", "Lizhai"), ("王楼村", "Wanglou"), ("刘营村", "Liuying")]),
    ("002", "城南街道办事处", "Chengnan Sub-district",
     [("陈湾村", "Chenwan"), ("杨庄村", "Yangzhuang"), ("赵岗村", "Zhaogang"), ("黄店村", "Huangdian")]),
    ("003", "河西街道办事处", "Hexi Sub-district",
     [("周庄村", "Zhouzhuang"), ("吴寨村", "Wuzhai"), ("孙楼村", "Sunlou"), ("马庄村", "Mazhuang")]),
    ("004", "柳林街道办事处", "Liulin Sub-district",
     [("朱屯村", "Zhutun"), ("胡庄村", "Huzhuang"), ("郭庄村", "Guozhuang"), ("何寨村", "Hezhai")]),
    ("005", "南岗街道办事处", "Nangang Sub-district",
     [("高庄村", "Gaozhuang"), ("林庄村", "Linzhuang"), ("罗营村", "Luoying"), ("郑湾村", "Zhengwan")]),
]


def build_regions():
    rows = [dict(code=COUNTY, name="XX区", name_en="XX District", level=1, parent_code="", sort_order=1)]
    for si, (scode, sname, sen, villages) in enumerate(SUBDISTRICTS, 1):
        sub = COUNTY + scode
        rows.append(dict(code=sub, name=sname, name_en=sen, level=2, parent_code=COUNTY, sort_order=si))
        for vi, (vname, ven) in enumerate(villages, 1):
            rows.append(dict(code=f"{sub}{vi:03d}", name=vname, name_en=f"{ven} Village", level=3,
                             parent_code=sub, sort_order=vi))
    return rows


REGIONS = build_regions()
SUBS = [r["code"] for r in REGIONS if r["level"] == 2]
VILLAGES_OF = {s: [r["code"] for r in REGIONS if r["parent_code"] == s] for s in SUBS}
VILLAGES = [v for s in SUBS for v in VILLAGES_OF[s]]
# The five villages that still farm (the seed: subsidies 惠及五个行政村); all in the south.
FARM_VILLAGES = ["410104003004", "410104004003", "410104004004", "410104005001", "410104005003"]

# --------------------------------------------------------------------------------------
# Categories
# --------------------------------------------------------------------------------------
CATEGORIES = [
    ("organization", "党建引领", "Party building (organizational revitalization)"),
    ("culture", "精神文明", "Rural civility"),
    ("grain", "粮食安全", "Food security"),
    ("environment", "人居环境", "Living environment"),
    ("water", "水利建设", "Water conservancy"),
    ("reform", "农村改革", "Rural reform"),
]

# --------------------------------------------------------------------------------------
# Indicator catalogue
# --------------------------------------------------------------------------------------
# Extra indicators the seed does not list: (category, code, zh, en, unit).
EXTRAS = [
    ("organization", "branches_rated", "评星定级支部", "Party branches rated by stars", "个"),
    ("culture", "rural_households", "农村户数", "rural households", "户"),
    ("culture", "star_households_claimed", "星级文明户认领户数", "households in the star-household scheme", "户"),
    ("environment", "problems_found", "发现人居环境问题", "living-environment problems found", "处"),
    ("environment", "problems_rectified", "已整改人居环境问题", "living-environment problems rectified", "处"),
]
# Where the extras go in the catalogue order (before the named seed indicator), so that every
# indicator a row refers to (parent, numerator, denominator) comes earlier in the file.
EXTRA_BEFORE = {
    "branches_rated": "five_star_branches",
    "rural_households": "star_household_coverage",
    "star_households_claimed": "star_household_coverage",
    "problems_found": "rectification_rate",
    "problems_rectified": "rectification_rate",
}

# code: (accumulation, aggregation, kind, narrative_zh, narrative_en, description)
META = {
    # organization
    "branches_rated": ("stock", "sum", "expected",
                       "参与“五星”支部评星定级的村党支部{value}{unit}，其中：{parts}",
                       "{value} {unit} {name}: {parts}",
                       "参与“五星”支部创建评星定级的村党支部数，每村1个，季末存量。"),
    "five_star_branches": ("stock", "sum", "expected", "创建{name}{value}{unit}",
                           "{value} {unit} {name} created",
                           "评定为五星的村党支部数，季末存量，年度评定结果自第三季度起生效。"),
    "four_star_branches": ("stock", "sum", "expected", "{name}{value}{unit}", "{value} {unit} {name}",
                           "评定为四星的村党支部数，季末存量，年度评定结果自第三季度起生效。"),
    "three_star_branches": ("stock", "sum", "expected", "{name}{value}{unit}", "{value} {unit} {name}",
                            "评定为三星的村党支部数，季末存量，年度评定结果自第三季度起生效。"),
    "two_star_branches": ("stock", "sum", "expected", "{name}{value}{unit}", "{value} {unit} {name}",
                          "评定为二星的村党支部数，季末存量，年度评定结果自第三季度起生效。"),
    "comparison_sessions": ("flow", "sum", "expected", "开展{name}{value}{unit}",
                            "{value} {name} held",
                            "围绕“五星”支部创建开展的“亮赛比”区级专场比学次数，按季度新增计。"),
    "mentor_pairs": ("stock", "sum", "expected", "全区{name}{value}{unit}", "{value} {unit} {name} in the district",
                     "纳入导师库和学员库的导师帮带结对数，季末存量。"),
    "gold_mentors": ("flow", "sum", "expected", "向市委组织部{name}{value}{unit}",
                     "{value} {unit} {name} to the municipal organization department",
                     "向市委组织部推荐为“金牌导师”的村书记人数，按季度新增计。"),
    "resident_work_teams": ("stock", "sum", "expected", "向{value}{unit}村派驻了驻村工作队",
                            "resident work teams stationed in {value} {unit} villages",
                            "派驻驻村工作队（第一书记）的村数，季末存量。"),
    "secretaries_trained": ("flow", "sum", "expected", "全区{value}{unit}村书记完成轮训",
                            "{value} {unit} village Party secretaries completed rotation training",
                            "参加村党组织书记轮训并结业的村书记人数，按季度新增计（2023年轮训于9月举办）。"),
    "secretaries_filed": ("stock", "sum", "expected", "全区{value}{unit}村书记已在组织部备案",
                          "{value} {unit} village secretaries filed with the organization department",
                          "已在区委组织部完成县级备案的村党组织书记人数，每村1名，季末存量。"),
    "party_members_linked": ("cumulative", "sum", "expected", "向全区{value}{unit}农村党员发放党员联户手册",
                             "household-contact handbooks issued to {value} {unit} rural Party members",
                             "已发放党员联户手册、落实联户制度的农村党员人数，按年内累计报送。"),
    # culture
    "assistance_activities": ("flow", "sum", "expected", "开展文明村镇创建帮扶活动{value}{unit}，同比{yoy}%",
                              "{value} {name} ({yoy}% year on year)",
                              "各级文明单位开展的农村结对帮扶、文明村镇创建帮扶活动次数，按季度新增计。"),
    "assistance_funds": ("cumulative", "sum", "expected", "累计投入各类帮扶资金、物资{value}{unit}",
                         "{value} {unit} of {name} invested so far",
                         "结对帮扶投入的资金及物资折价，按年内累计报送。"),
    "civilized_families": ("flow", "sum", "expected", "推荐评选出{value}{unit}区级(含区级)以上文明家庭",
                           "{value} {unit} {name} selected",
                           "推荐评选出的区级（含）以上文明家庭数，按季度新增计。"),
    "honour_roll": ("flow", "sum", "expected", "{value}{unit}同志荣登省“乡村光荣榜”",
                    "{value} {unit} named on the {name}",
                    "荣登省“乡村光荣榜”的人数，按季度新增计。"),
    "rural_households": ("stock", "sum", "expected", "{name}{value}{unit}", "{value} {unit} {name}",
                         "各村农村常住户数，季末存量，作为星级文明户认领覆盖率的分母。"),
    "star_households_claimed": ("stock", "sum", "expected", "{name}{value}{unit}", "{value} {unit} {name}",
                                "已认领参加“星级文明户”创建的农户数，季末存量，作为认领覆盖率的分子。"),
    "star_household_coverage": ("stock", "ratio", "expected", "“星级文明户”认领覆盖率{value}{unit}",
                                "{name}: {value}{unit}",
                                "已认领“星级文明户”的农户占农村户数的比例，由各级合计的认领户数与农村户数重新计算，"
                                "不取下级比率的平均。"),
    # grain
    "winter_wheat_area": ("stock", "sum", "binding", "{name}{value}{unit}", "{name}: {value} {unit}",
                          "本年度收获的冬小麦播种面积（上年秋播），季末存量，全年各季度不变。"),
    "rapeseed_area": ("stock", "sum", "binding", "{name}{value}{unit}", "{name}: {value} {unit}",
                      "本年度收获的油菜（油菜花）播种面积（上年秋播），季末存量，全年各季度不变。"),
    "summer_sowing_area": ("stock", "sum", "binding", "{name}{value}{unit}，其中{parts}",
                           "{name}: {value} {unit}, of which {parts}",
                           "夏季播种的粮油作物面积，播种后按季末已播面积报送（第二季度为截至6月底进度）。"),
    "corn_area": ("stock", "sum", "binding", "玉米{value}{unit}", "{name}: {value} {unit}",
                  "夏播面积中的玉米播种面积，季末存量，不得超过夏播面积。"),
    "farm_subsidy": ("cumulative", "sum", "expected", "共发放{name}{value}{unit}",
                     "{value} {unit} of {name} paid",
                     "发放的耕地地力保护补贴和种粮一次性补贴金额，按年内累计报送。"),
    "subsidy_households": ("cumulative", "sum", "expected", "惠及农户{value}{unit}",
                           "{value} {unit} households received subsidies",
                           "领取耕地地力保护补贴和种粮一次性补贴的农户数，按年内累计报送。"),
    "subsidy_villages": ("cumulative", "sum", "expected", "惠及{value}{unit}行政村",
                         "subsidies reached {value} {unit} villages",
                         "补贴发放覆盖的行政村数，按年内累计报送。"),
    "subsidy_success_rate": ("stock", "min", "expected", "{name}{value}{unit}", "{name}: {value}{unit}",
                             "补贴一次性发放成功的户数占应发户数的比例；汇总取各部分最小值，"
                             "因为全区的发放成功率不会好于其最差的部分。"),
    "farmland_patrols": ("flow", "sum", "expected", "今年以来开展农田巡查{value}{unit}，同比{yoy}%",
                         "{value} {name} this year ({yoy}% year on year)",
                         "为杜绝毁麦割青开展的农田巡查次数，按季度新增计。"),
    "agri_input_dealers": ("stock", "sum", "expected", "现有农资经营户{value}{unit}",
                           "{value} {unit} {name} in business",
                           "辖区在营的农资（非限制性农药）经营户数，季末存量。"),
    "standard_adoption_rate": ("stock", "mean", "expected", "标准入户率达到{value}{unit}",
                               "{name} reached {value}{unit}",
                               "农业标准化生产技术入户的比例；由区农委直接报送全区数，若分部分报送则取简单平均，"
                               "作为缺少各部分户数时的近似。"),
    "green_food_bases": ("stock", "sum", "expected", "已建绿色食品基地{value}{unit}",
                         "{value} {unit} {name} established", "已建成认证的绿色食品基地数，季末存量。"),
    "food_safety_batches": ("flow", "sum", "expected", "完成食品安全监督抽检{value}{unit}，同比{yoy}%",
                            "{value} {name} ({yoy}% year on year)",
                            "完成的食品安全监督抽检批次，按季度新增计。"),
    "food_categories": ("cumulative", "max", "expected", "涉及食品大类{value}{unit}",
                        "{value} {unit} {name}",
                        "年内监督抽检涉及的食品大类数（不重复计数），按年内累计报送；"
                        "不可相加，汇总取各部分最大值作为下限。"),
    "farm_product_batches": ("flow", "sum", "expected", "{name}{value}{unit}", "{value} {name}",
                             "接受农产品市级监督抽检的批次，按季度新增计。"),
    "sampling_pass_rate": ("stock", "min", "expected", "{name}均达{value}{unit}", "{name}: {value}{unit}",
                           "监督抽检合格批次占抽检批次的比例；汇总取各部分最小值，因为全区合格率不会好于"
                           "其最差的部分。"),
    # environment
    "model_villages": ("cumulative", "sum", "expected", "完成{value}{unit}{name}创建工作",
                       "{value} {unit} {name} completed",
                       "年内完成创建的市级美丽乡村示范村数，按年内累计报送。"),
    "southern_villages": ("stock", "sum", "expected", "辖区南部区域剩余{value}{unit}村庄待建设",
                          "{value} {unit} {name} still to be built",
                          "辖区南部区域尚待开展美丽乡村建设的剩余村庄数，季末存量，越少越好（自基数10个压减至4个）。"),
    "kitchen_jobs": ("stock", "sum", "expected", "中央厨房项目可以解决{value}{unit}村民就业岗位",
                     "{value} {unit} {name}",
                     "村集体引入的中央厨房项目提供给村民的就业岗位数，季末存量。"),
    "six_problems_fixed": ("flow", "sum", "expected", "累计整治各类“六乱六清”问题{value}{unit}，其中：{parts}",
                           "{value} {unit} {name}, of which {parts}",
                           "“治理六乱、开展六清”集中整治行动中整治的问题处数，按季度新增计，"
                           "等于督导问题与村办两级自查自改问题之和。"),
    "district_bulletins": ("flow", "sum", "expected", "区级下发通报{value}{unit}", "{value} {unit} {name}",
                           "人居环境整治区级下发的通报期数，按季度新增计。"),
    "supervised_problems": ("flow", "sum", "expected", "{name}{value}{unit}", "{value} {unit} {name}",
                            "区级督导发现并整治的问题处数，按季度新增计。"),
    "self_check_problems": ("flow", "sum", "expected", "{name}{value}{unit}", "{value} {unit} {name}",
                            "村、办事处两级自查自改的问题处数，按季度新增计。"),
    "problems_found": ("cumulative", "sum", "expected", "{name}{value}{unit}", "{value} {unit} {name}",
                       "年内发现的人居环境问题处数，按年内累计报送，作为整改率的分母。"),
    "problems_rectified": ("cumulative", "sum", "expected", "{name}{value}{unit}", "{value} {unit} {name}",
                           "年内已整改完成的人居环境问题处数，按年内累计报送，作为整改率的分子。"),
    "rectification_rate": ("cumulative", "ratio", "expected", "整改率{value}{unit}", "{name}: {value}{unit}",
                           "已整改问题占发现问题的比例，由各级合计的已整改数与发现数重新计算，不取下级比率的平均。"),
    "returning_entrepreneurs": ("flow", "sum", "binding",
                                "新增{name}{value}{unit}，占年度目标任务{target}{unit}的{completion}%",
                                "{value} {unit} {name}, {completion}% of the annual target of {target}",
                                "新增农民工等返乡下乡创业人员人数，按季度新增计。"),
    "labour_transfer": ("flow", "sum", "binding",
                        "新增{name}{value}{unit}，占年度目标任务{target}{unit}的{completion}%",
                        "{value} {unit} {name}, {completion}% of the annual target of {target}",
                        "新增农村劳动力转移就业人数，按季度新增计。"),
    # water
    "river_patrols": ("flow", "sum", "binding", "共计巡河(库){value}{unit}，其中：{parts}",
                      "{value} {name} in total: {parts}",
                      "各级河长巡河（库）次数合计，按季度新增计，等于区级、街道、村级巡河之和。"),
    "river_patrols_district": ("flow", "sum", "expected", "区级{value}{unit}", "{value} {unit} {name}",
                               "区级河长巡河（库）次数，按季度新增计，在区级填报。"),
    "river_patrols_street": ("flow", "sum", "expected", "街道{value}{unit}", "{value} {unit} {name}",
                             "街道（办事处）级河长巡河次数，按季度新增计，由各办事处填报。"),
    "river_patrols_village": ("flow", "sum", "expected", "村级{value}{unit}", "{value} {unit} {name}",
                              "村级河长巡河次数，按季度新增计，由各村填报。"),
    "river_chief_meetings": ("flow", "sum", "expected", "召开{name}{value}{unit}", "{value} {unit} {name} held",
                             "召开的河长制工作现场会次数，按季度新增计。"),
    "assignment_orders": ("flow", "sum", "expected", "签发{name}{value}{unit}", "{value} {unit} {name} issued",
                          "签发的河长制交办单数，按季度新增计。"),
    "supervision_letters": ("flow", "sum", "expected", "{name}{value}{unit}", "{value} {unit} {name}",
                            "河长制督办函份数，按季度新增计。"),
    "reminder_letters": ("flow", "sum", "expected", "{name}{value}{unit}", "{value} {unit} {name}",
                         "河长制提示函份数，按季度新增计。"),
    "river_problems_solved": ("flow", "sum", "expected", "解决河库治理等问题{value}{unit}",
                              "{value} {unit} {name}", "解决的河库治理等问题个数，按季度新增计。"),
    "publicity_boards": ("stock", "sum", "expected", "设立宣传栏{value}{unit}", "{value} {unit} {name} in place",
                         "设立的河长制宣传栏数，季末存量。"),
    "river_chief_signs": ("stock", "sum", "expected", "{name}{value}{unit}", "{value} {unit} {name} in place",
                          "设立的河长制公示牌数，季末存量。"),
    "electronic_screens": ("flow", "sum", "expected", "动用电子屏展板{value}{unit}", "{value} {unit} {name} used",
                           "节水宣传周等宣传活动动用的电子屏、展板块数，按季度新增计。"),
    "banners": ("flow", "sum", "expected", "悬挂宣传条幅{value}{unit}", "{value} {unit} {name}",
                "悬挂的水资源宣传条幅条数，按季度新增计。"),
    "water_saving_items": ("flow", "sum", "expected", "发放节水宣传品{value}{unit}", "{value} {unit} {name} handed out",
                           "发放的节水宣传品份数，按季度新增计。"),
    "water_saving_leaflets": ("flow", "sum", "expected", "{name}{value}{unit}", "{value} {unit} {name} handed out",
                              "发放的节水窍门宣传彩页张数，按季度新增计。"),
    "campaign_manuals": ("flow", "sum", "expected", "河道非法采砂专项斗争{name}{value}{unit}",
                         "{value} {unit} {name} handed out",
                         "发放的扫黑除恶、河道非法采砂专项斗争宣传手册份数，按季度新增计。"),
    "campaign_staff": ("flow", "sum", "expected", "{name}{value}{unit}", "{value} {unit} {name}",
                       "宣传及执法活动出动的工作人员人次，按季度新增计。"),
    "enforcement_vehicles": ("flow", "sum", "expected", "{name}{value}{unit}", "{value} {unit} {name}",
                             "宣传及执法活动出动的执法车辆台次，按季度新增计。"),
    "tap_water_files": ("flow", "sum", "expected",
                        "自来水“一户一档”管理工作全年共建立完成{value}{unit}档案，完成率{completion}%",
                        "{value} {unit} {name} built, {completion}% of the target",
                        "自来水管理单位“一户一档”新建档案户数，按季度新增计。"),
    "private_well_files": ("flow", "sum", "expected",
                           "自备井“一户一档”共完成{value}{unit}档案，完成率{completion}%",
                           "{value} {unit} {name} built, {completion}% of the target",
                           "自备井管理单位“一户一档”新建档案户数，按季度新增计。"),
    "wells_sealed": ("flow", "sum", "expected", "封闭自备井{value}{unit}", "{value} {unit} {name}",
                     "封闭的自备井眼数，按季度新增计。"),
    "groundwater_reduced": ("flow", "sum", "expected", "压采地下水量{value}{unit}", "{name}: {value} {unit}",
                            "通过封井等措施压减的地下水开采量，按季度新增计。"),
    "enterprises_inspected": ("flow", "sum", "expected", "共巡查检查企业用水户{value}{unit}，同比{yoy}%",
                              "{value} {unit} {name} ({yoy}% year on year)",
                              "巡查检查的企业用水户数，按季度新增计。"),
    "water_cases_received": ("flow", "sum", "expected", "接收{name}{value}{unit}，其中：{parts}",
                             "{value} {unit} {name}, of which {parts}",
                             "接收的市级水行政督办案件数，按季度新增计，越少越好（以年度上限考核），"
                             "等于立案查处与行政指导之和。"),
    "water_cases_filed": ("flow", "sum", "expected", "{name}{value}{unit}", "{value} {unit} {name}",
                          "市级督办案件中立案查处的案件数，按季度新增计。"),
    "water_cases_guided": ("flow", "sum", "expected", "{name}{value}{unit}", "{value} {unit} {name}",
                           "市级督办案件中以行政指导办结的案件数，按季度新增计。"),
    # reform
    "agri_subdistricts": ("stock", "sum", "expected", "全区{name}{value}{unit}", "{value} {unit} {name}",
                          "纳入“三资”提级监督的涉农办事处数，季末存量。"),
    "strong_collective_villages": ("stock", "sum", "expected", "全区{name}共有{value}{unit}",
                                   "{value} {unit} {name}",
                                   "村集体经济年收入（按年内累计测算）超过100万元的村数，季末存量，每村计0或1。"),
}

RATIOS = {
    "star_household_coverage": ("star_households_claimed", "rural_households"),
    "rectification_rate": ("problems_rectified", "problems_found"),
}
PARENTS = {  # part -> (total, rule)
    "five_star_branches": ("branches_rated", "parts_sum_to_total"),
    "four_star_branches": ("branches_rated", "parts_sum_to_total"),
    "three_star_branches": ("branches_rated", "parts_sum_to_total"),
    "two_star_branches": ("branches_rated", "parts_sum_to_total"),
    "corn_area": ("summer_sowing_area", "part_not_above_total"),
    "supervised_problems": ("six_problems_fixed", "parts_sum_to_total"),
    "self_check_problems": ("six_problems_fixed", "parts_sum_to_total"),
    "river_patrols_district": ("river_patrols", "parts_sum_to_total"),
    "river_patrols_street": ("river_patrols", "parts_sum_to_total"),
    "river_patrols_village": ("river_patrols", "parts_sum_to_total"),
    "water_cases_filed": ("water_cases_received", "parts_sum_to_total"),
    "water_cases_guided": ("water_cases_received", "parts_sum_to_total"),
}
TARGET_MODES = {"southern_villages": "reduce", "water_cases_received": "at_most"}
HEADLINE = {"returning_entrepreneurs", "labour_transfer", "summer_sowing_area", "river_patrols",
            "six_problems_fixed", "farm_subsidy"}


def decimals_for(unit):
    return {"亩": 1, "万元": 1, "%": 2}.get(unit, 0)


def build_indicators():
    rows = []
    extras = {e[1]: e for e in EXTRAS}
    order = []
    for s in SEED:
        for code, before in EXTRA_BEFORE.items():
            if before == s["key"]:
                order.append(("extra", code))
        order.append(("seed", s["key"]))
    for n, (kind, code) in enumerate(order, 1):
        if kind == "seed":
            s = SEED_BY_CODE[code]
            category, name, name_en, unit = s["section"], s["indicator_zh"], s["indicator_en"], s["unit"]
            # a target stated by the seed, or implied by its "完成率100%"
            note = ILLUSTRATIVE_TARGET if s["target"] or s["stated_rate"] else ILLUSTRATIVE
        else:
            category, _, name, name_en, unit = extras[code]
            note = DERIVED
        acc, agg, ikind, nzh, nen, desc = META[code]
        num, den = RATIOS.get(code, ("", ""))
        parent, rule = PARENTS.get(code, ("", ""))
        rows.append(dict(
            code=code, category=category, name=name, name_en=name_en, unit=unit,
            unit_en=UNIT_EN[unit], decimals=decimals_for(unit), accumulation=acc, aggregation=agg,
            numerator=num, denominator=den, ratio_scale=100 if agg == "ratio" else "",
            target_mode=TARGET_MODES.get(code, "at_least"), kind=ikind,
            min="", max=100 if unit == "%" else "", parent=parent, part_rule=rule,
            headline=1 if code in HEADLINE else 0, sort_order=n,
            narrative_zh=nzh, narrative_en=nen, description=desc + note))
    return rows


# --------------------------------------------------------------------------------------
# Exact integer helpers
# --------------------------------------------------------------------------------------
def split_int(total, weights):
    """Splits a non-negative integer into parts proportional to `weights` (largest remainder)."""
    assert total >= 0
    if total == 0:
        return [0] * len(weights)
    wsum = sum(weights)
    assert wsum > 0, "nothing to split into"
    raw = [F(total * w, wsum) for w in weights]
    out = [int(r) for r in raw]
    rest = total - sum(out)
    order = sorted(range(len(weights)), key=lambda i: (-(raw[i] - out[i]), i))
    for i in order[:rest]:
        out[i] += 1
    return out


def matrix(rng, row_totals, col_totals, jitter=0.2):
    """An integer matrix with the given row and column sums, roughly proportional, varied."""
    assert sum(row_totals) == sum(col_totals), (row_totals, col_totals)
    cap = list(col_totals)
    out = []
    for r in row_totals[:-1]:
        weights = [int(round(c * 1000 * (1 + rng.uniform(-jitter, jitter)))) for c in col_totals]
        alloc = split_int(r, weights)
        over = 0
        for j, a in enumerate(alloc):
            if a > cap[j]:
                over += a - cap[j]
                alloc[j] = cap[j]
        while over:
            j = max(range(len(cap)), key=lambda k: (cap[k] - alloc[k], -k))
            alloc[j] += 1
            over -= 1
        cap = [c - a for c, a in zip(cap, alloc)]
        out.append(alloc)
    out.append(cap)
    return out


def scale(rng, x, lo, hi):
    """x (an integer count) times a random factor in [lo, hi], randomly rounded to an integer
    (so that small counts vary too instead of always rounding back to themselves)."""
    if x == 0:
        return 0
    f = F(rng.randint(int(lo * 1000), int(hi * 1000)), 1000)
    return int(x * f + F(rng.randint(0, 999), 1000))


def cumsum(xs):
    out, t = [], 0
    for x in xs:
        t += x
        out.append(t)
    return out


# --------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------
VALUES = {}  # (indicator, region, year, quarter) -> [Fraction, comment]


def put(ind, region, year, q, value, comment=""):
    key = (ind, region, year, q)
    assert key not in VALUES, key
    VALUES[key] = [F(value), comment]


def put_quarters(ind, region, year, values, unit=1):
    for q, v in zip(QUARTERS, values):
        if v is not None:
            put(ind, region, year, q, F(v) / unit if unit != 1 else F(v))


def comment(ind, region, year, q, text):
    VALUES[(ind, region, year, q)][1] = text


# County-only figures: code -> (2022 Q1..Q4, 2023 Q1..Q4); None = nothing reported.
# Decimal figures are given as strings.
COUNTY_ONLY = {
    "comparison_sessions": ([0, 1, 0, 1], [0, 1, 1, 1]),
    "mentor_pairs": ([24, 24, 25, 25], [25, 27, 27, 27]),
    "gold_mentors": ([0, 0, 0, 1], [0, 0, 1, 0]),
    "resident_work_teams": ([2, 2, 2, 2], [2, 2, 2, 2]),
    "assistance_activities": ([15, 22, 27, 22], [18, 27, 30, 25]),
    "assistance_funds": (["3.8", "8.2", "12.9", "17.5"], ["4.6", "9.8", "15.3", "20"]),
    "civilized_families": ([0, 25, 0, 36], [0, 30, 0, 40]),
    "honour_roll": ([0, 1, 0, 1], [0, 1, 0, 1]),
    "subsidy_villages": ([0, 5, 5, 5], [0, 5, 5, 5]),
    "subsidy_success_rate": ([None, "97.5", "99.2", "99.2"], [None, "98.75", "100", "100"]),
    "farmland_patrols": ([7, 10, 4, 4], [9, 11, 5, 4]),
    "agri_input_dealers": ([21, 21, 22, 22], [22, 23, 24, 24]),
    "standard_adoption_rate": (["94", "95.5", "96", "97.2"], ["96.5", "98", "99.5", "100"]),
    "green_food_bases": ([1, 1, 1, 1], [1, 1, 2, 2]),
    "food_safety_batches": ([430, 520, 545, 505], [480, 560, 590, 565]),
    "food_categories": ([16, 20, 23, 24], [18, 22, 24, 25]),
    "farm_product_batches": ([1, 1, 1, 1], [1, 1, 1, 1]),
    "sampling_pass_rate": (["99.5", "100", "99.8", "100"], ["100", "100", "100", "100"]),
    "model_villages": ([0, 0, 1, 2], [0, 0, 1, 3]),
    "southern_villages": ([10, 9, 9, 8], [8, 8, 7, 7]),
    "kitchen_jobs": ([120, 140, 160, 170], [175, 185, 195, 200]),
    "district_bulletins": ([3, 4, 4, 3], [4, 4, 4, 4]),
    "river_patrols_district": ([11, 12, 12, 11], [12, 12, 12, 12]),
    "river_chief_meetings": ([0, 1, 1, 0], [0, 1, 0, 1]),
    "assignment_orders": ([3, 4, 4, 3], [4, 4, 5, 3]),
    "supervision_letters": ([0, 1, 0, 0], [0, 0, 1, 0]),
    "reminder_letters": ([1, 1, 1, 1], [1, 2, 1, 1]),
    "river_problems_solved": ([1, 1, 1, 1], [1, 2, 1, 1]),
    "publicity_boards": ([16, 17, 17, 18], [18, 19, 21, 21]),
    "river_chief_signs": ([32, 32, 33, 33], [33, 35, 35, 35]),
    "electronic_screens": ([90, 0, 0, 0], [100, 0, 0, 0]),
    "banners": ([180, 0, 0, 0], [200, 0, 0, 0]),
    "water_saving_items": ([5200, 0, 0, 0], [6000, 0, 0, 0]),
    "water_saving_leaflets": ([9000, 0, 0, 0], [10000, 0, 0, 0]),
    "campaign_manuals": ([10000, 7000, 0, 0], [12000, 8000, 0, 0]),
    "campaign_staff": ([105, 0, 0, 0], [120, 0, 0, 0]),
    "enforcement_vehicles": ([70, 0, 0, 0], [80, 0, 0, 0]),
    "wells_sealed": ([2, 2, 2, 2], [2, 3, 2, 2]),
    "groundwater_reduced": ([2, 3, 3, 2], [2, 3, 4, 3]),
    "enterprises_inspected": ([7, 8, 7, 8], [8, 8, 8, 8]),
    "water_cases_received": ([1, 2, 1, 2], [1, 2, 1, 1]),
    "water_cases_filed": ([1, 1, 0, 1], [1, 1, 0, 1]),
    "water_cases_guided": ([0, 1, 1, 1], [0, 1, 1, 0]),
    "agri_subdistricts": ([5, 5, 5, 5], [5, 5, 5, 5]),
}

# Sub-district x quarter totals for 2023 of the indicators broken down by village
# (rows: sub-districts 001..005; columns Q1..Q4).
SUB_Q_2023 = {
    "returning_entrepreneurs": [[15, 20, 15, 28], [24, 38, 33, 25], [14, 20, 20, 8],
                                [22, 32, 34, 17], [20, 30, 30, 34]],
    "labour_transfer": [[3, 5, 6, 8], [2, 3, 5, 4], [4, 5, 8, 4], [2, 4, 7, 4], [4, 6, 7, 8]],
    "six_problems_fixed": [[5, 8, 12, 8], [4, 8, 11, 8], [4, 6, 8, 6], [4, 7, 9, 8], [3, 6, 8, 7]],
    "river_patrols_village": [[106, 122, 126, 108], [98, 113, 117, 102], [108, 124, 128, 110],
                              [90, 104, 107, 94], [96, 110, 114, 100]],
    "river_patrols_street": [[11, 12, 12, 10], [10, 11, 11, 10], [9, 10, 11, 10],
                             [10, 11, 11, 10], [10, 11, 11, 10]],
}
# Year totals by sub-district and the county's quarterly totals, split by `matrix`.
SUB_YEAR_2023 = {
    "tap_water_files": ([47, 38, 48, 44, 40], [45, 68, 62, 42]),
    "private_well_files": ([18, 14, 20, 12, 15], [12, 14, 28, 25]),
}

# Targets. County 2023: code -> (target, baseline, milestones m1..m4).
TARGETS_2023 = {
    # stated by the seed
    "returning_entrepreneurs": (350, None, None),
    "labour_transfer": (80, None, None),
    "tap_water_files": (217, None, None),
    "private_well_files": (79, None, None),
    "southern_villages": (4, 10, None),
    "water_cases_received": (6, None, None),
    # illustrative
    "five_star_branches": (1, None, None),
    "four_star_branches": (4, None, None),
    "comparison_sessions": (4, None, None),
    "mentor_pairs": (25, None, None),
    "secretaries_trained": (20, None, (0, 0, 100, 100)),
    "secretaries_filed": (20, None, None),
    "party_members_linked": (1550, None, None),
    "assistance_activities": (105, None, None),
    "civilized_families": (60, None, None),
    "star_household_coverage": (100, None, None),
    "winter_wheat_area": (2450, None, None),
    "summer_sowing_area": (4200, None, (0, 85, 100, 100)),
    "corn_area": (1700, None, (0, 85, 100, 100)),
    "farm_subsidy": ("21.9", None, (0, 60, 100, 100)),
    "subsidy_success_rate": (100, None, None),
    "farmland_patrols": (24, None, None),
    "standard_adoption_rate": (95, None, None),
    "green_food_bases": (3, None, None),
    "food_safety_batches": (2300, None, None),
    "farm_product_batches": (4, None, None),
    "sampling_pass_rate": (98, None, None),
    "model_villages": (3, None, None),
    "kitchen_jobs": (200, None, None),
    "six_problems_fixed": (150, None, None),
    "rectification_rate": (100, None, None),
    "river_patrols": (2588, None, None),
    "river_patrols_district": (48, None, None),
    "river_patrols_street": (240, None, None),
    "river_patrols_village": (2300, None, None),
    "river_chief_meetings": (4, None, None),
    "river_problems_solved": (5, None, None),
    "publicity_boards": (20, None, None),
    "wells_sealed": (12, None, None),
    "groundwater_reduced": (13, None, None),
    "enterprises_inspected": (30, None, None),
    "strong_collective_villages": (12, None, None),
}
TARGETS_2022 = {
    "returning_entrepreneurs": (320, None, None),
    "labour_transfer": (75, None, None),
    "six_problems_fixed": (150, None, None),
    "river_patrols": (2400, None, None),
    "tap_water_files": (220, None, None),
    "private_well_files": (80, None, None),
    "farmland_patrols": (24, None, None),
    "food_safety_batches": (2100, None, None),
    "southern_villages": (7, 10, None),
    "water_cases_received": (5, None, None),
    "civilized_families": (60, None, None),
    "strong_collective_villages": (10, None, None),
    "winter_wheat_area": (2400, None, None),
    "summer_sowing_area": (4100, None, (0, 85, 100, 100)),
    "corn_area": (1650, None, (0, 85, 100, 100)),
}
# Sub-district targets (001..005); they sum to the county target of the same year.
SUB_TARGETS = {
    (2023, "returning_entrepreneurs"): [85, 75, 70, 60, 60],
    (2023, "labour_transfer"): [18, 16, 16, 15, 15],
    (2023, "six_problems_fixed"): [35, 30, 30, 30, 25],
    (2023, "river_patrols_village"): [480, 470, 460, 450, 440],
    (2023, "tap_water_files"): [45, 40, 48, 42, 42],
    (2023, "private_well_files"): [16, 15, 20, 14, 14],
    (2022, "returning_entrepreneurs"): [75, 70, 65, 55, 55],
    (2022, "labour_transfer"): [17, 15, 15, 14, 14],
}
# Village targets: split from the sub-district targets.
VILLAGE_TARGETS = [(2023, "returning_entrepreneurs"), (2023, "labour_transfer")]


def build_values():
    rng = random.Random(2023)
    size = {v: rng.randint(70, 130) for v in VILLAGES}          # a village's general size
    land = {v: rng.randint(80, 125) for v in FARM_VILLAGES}      # farmland weight

    # ---- county-only indicators
    for code, (y22, y23) in COUNTY_ONLY.items():
        for year, qs in ((2022, y22), (2023, y23)):
            for q, v in zip(QUARTERS, qs):
                if v is not None:
                    put(code, COUNTY, year, q, F(v))

    # ---- flow indicators broken down by village, from the sub-district x quarter matrix
    def flow_by_village(code, sub_q, lo=0.8, hi=1.12):
        out = {}
        for s, row in zip(SUBS, sub_q):
            vs = VILLAGES_OF[s]
            totals = split_int(sum(row), [size[v] * rng.randint(80, 120) for v in vs])
            for v, qs in zip(vs, matrix(rng, totals, row)):
                out[v] = qs
        for v, qs in out.items():
            put_quarters(code, v, 2023, qs)
            put_quarters(code, v, 2022, [scale(rng, x, lo, hi) for x in qs])
        return out

    flow_by_village("returning_entrepreneurs", SUB_Q_2023["returning_entrepreneurs"])
    flow_by_village("labour_transfer", SUB_Q_2023["labour_transfer"])
    flow_by_village("river_patrols_village", SUB_Q_2023["river_patrols_village"], 0.85, 1.05)
    for code, (sub_year, county_q) in SUB_YEAR_2023.items():
        flow_by_village(code, matrix(rng, sub_year, county_q, 0.1))

    # river patrols by sub-districts, and the county total = district + streets + villages
    for s, qs in zip(SUBS, SUB_Q_2023["river_patrols_street"]):
        put_quarters("river_patrols_street", s, 2023, qs)
        put_quarters("river_patrols_street", s, 2022, [scale(rng, x, 0.85, 1.05) for x in qs])
    for year in YEARS:
        for q in QUARTERS:
            total = VALUES[("river_patrols_district", COUNTY, year, q)][0]
            total += sum(VALUES[("river_patrols_street", s, year, q)][0] for s in SUBS)
            total += sum(VALUES[("river_patrols_village", v, year, q)][0] for v in VILLAGES)
            put("river_patrols", COUNTY, year, q, total)

    # ---- "六乱六清": total per village and quarter, split into supervised + self-check
    fixed = {}
    for s, row in zip(SUBS, SUB_Q_2023["six_problems_fixed"]):
        vs = VILLAGES_OF[s]
        totals = split_int(sum(row), [size[v] * rng.randint(80, 120) for v in vs])
        for v, qs in zip(vs, matrix(rng, totals, row)):
            fixed[v] = qs
    cells = [(v, i) for v in VILLAGES for i in range(4)]
    supervised = split_int(int(SEED_BY_CODE["supervised_problems"]["value"]),
                           [fixed[v][i] for v, i in cells])
    sup = {v: [0] * 4 for v in VILLAGES}
    for (v, i), n in zip(cells, supervised):
        sup[v][i] = n
    fixed22 = {}
    for v in VILLAGES:
        a23 = sup[v]
        b23 = [t - a for t, a in zip(fixed[v], a23)]
        a22 = [scale(rng, x, 0.8, 1.1) for x in a23]
        b22 = [scale(rng, x, 0.8, 1.1) for x in b23]
        fixed22[v] = [a + b for a, b in zip(a22, b22)]
        for year, a, b in ((2023, a23, b23), (2022, a22, b22)):
            put_quarters("supervised_problems", v, year, a)
            put_quarters("self_check_problems", v, year, b)
            put_quarters("six_problems_fixed", v, year, [x + y for x, y in zip(a, b)])

    # problems found / rectified (running totals): rectified = running sum of problems fixed;
    # found = rectified + problems still open at quarter end (none open at the end of 2023).
    for year, fx in ((2023, fixed), (2022, fixed22)):
        open_at_end = {v: 0 for v in VILLAGES}
        if year == 2022:
            for v in (VILLAGES[2], VILLAGES[9], VILLAGES[17]):
                open_at_end[v] = rng.randint(1, 2)
        for v in VILLAGES:
            rect = cumsum(fx[v])
            pend = [0, 0, 0, open_at_end[v]]
            for i in (2, 1, 0):  # open problems are fixed in the next quarter
                # never more than half of those fixed so far: the village's rate stays >= 2/3
                pend[i] = rng.randint(0, min(3, fx[v][i + 1] + pend[i + 1], rect[i] // 2))
            put_quarters("problems_rectified", v, year, rect)
            put_quarters("problems_found", v, year, [r + p for r, p in zip(rect, pend)])

    # ---- Party members linked (running total), spread by village size
    totals = split_int(int(SEED_BY_CODE["party_members_linked"]["value"]), [size[v] for v in VILLAGES])
    incs = matrix(rng, totals, [900, 400, 150, 50])
    for v, inc in zip(VILLAGES, incs):
        put_quarters("party_members_linked", v, 2023, cumsum(inc))
        put_quarters("party_members_linked", v, 2022, cumsum([scale(rng, x, 0.85, 1.05) for x in inc]))

    # ---- village secretaries: rotation training in Q3 2023 (2022: Q3, three villages Q4);
    # county-level filing: four villages filed their new secretaries only in Q2 2023.
    late_training = set(VILLAGES[i] for i in (6, 11, 18))
    late_filing = set(VILLAGES[i] for i in (3, 8, 13, 16))
    for v in VILLAGES:
        put_quarters("secretaries_trained", v, 2023, [0, 0, 1, 0])
        put_quarters("secretaries_trained", v, 2022, [0, 0, 0, 1] if v in late_training else [0, 0, 1, 0])
        put_quarters("secretaries_filed", v, 2023, [0 if v in late_filing else 1, 1, 1, 1])
        put_quarters("secretaries_filed", v, 2022, [1, 1, 1, 1])

    # ---- star rating of the village Party branches: one branch per village, one level each.
    # 2022 (and 2023 Q1-Q2): 0 five, 3 four, 12 three, 5 two; 2023 ratings effective from Q3:
    # 1 five, 3 four, 12 three, 4 two (one four -> five, one three -> four, one two -> three).
    stars22 = [4, 4, 4, 3] + [3] * 11 + [2] + [2] * 4
    stars23 = [5, 4, 4, 4] + [3] * 11 + [3] + [2] * 4
    # i-th entry of both lists is the same branch; shuffle which village is which
    order = list(range(20))
    rng.shuffle(order)
    level22 = {VILLAGES[order[i]]: stars22[i] for i in range(20)}
    level23 = {VILLAGES[order[i]]: stars23[i] for i in range(20)}
    star_codes = {5: "five_star_branches", 4: "four_star_branches", 3: "three_star_branches",
                  2: "two_star_branches"}
    for v in VILLAGES:
        for stars, code in star_codes.items():
            flag22 = 1 if level22[v] == stars else 0
            flag23 = 1 if level23[v] == stars else 0
            put_quarters(code, v, 2022, [flag22] * 4)
            put_quarters(code, v, 2023, [flag22, flag22, flag23, flag23])
        put_quarters("branches_rated", v, 2022, [1] * 4)
        put_quarters("branches_rated", v, 2023, [1] * 4)

    # ---- villages with collective income over 1M (0/1 per village)
    strong = ["410104002001", "410104001001", "410104002002", "410104001002", "410104003001",
              "410104002004", "410104001003", "410104003002", "410104004001", "410104005002"]
    counts = {2022: [7, 7, 8, 8], 2023: [8, 8, 9, 10]}
    for year in YEARS:
        for v in VILLAGES:
            flags = [1 if v in strong[:n] else 0 for n in counts[year]]
            put_quarters("strong_collective_villages", v, year, flags)

    # ---- rural households and the star-household scheme (coverage reaches 100 % in 2023)
    for v in VILLAGES:
        h23 = 150 + 3 * size[v] + rng.randint(-20, 20)  # ~9000 in all: 1500 members x 5-7 households
        h22 = h23 - rng.randint(0, 8)
        put_quarters("rural_households", v, 2023, [h23] * 4)
        put_quarters("rural_households", v, 2022, [h22] * 4)
        for year, h, bands in ((2023, h23, [(94, 97), (96, 99), (98, 100), None]),
                               (2022, h22, [(84, 88), (87, 91), (90, 93), (92, 95)])):
            claimed, last = [], 0
            for band in bands:
                c = h if band is None else max(last, h * rng.randint(band[0] * 10, band[1] * 10) // 1000)
                claimed.append(min(c, h))
                last = claimed[-1]
            put_quarters("star_households_claimed", v, year, claimed)

    # ---- grain: the five farming villages only (areas in tenths of 亩)
    def area_split(total_mu, weights):
        return split_int(int(F(total_mu) * 10), weights)

    def seed_value(code):
        return SEED_BY_CODE[code]["value"]

    wheat = area_split(seed_value("winter_wheat_area"), [land[v] for v in FARM_VILLAGES])
    rape = area_split(seed_value("rapeseed_area"), [land[v] * rng.randint(60, 140) for v in FARM_VILLAGES])
    summer = area_split(seed_value("summer_sowing_area"), [land[v] * rng.randint(90, 110) for v in FARM_VILLAGES])
    corn = area_split(seed_value("corn_area"), [s * rng.randint(35, 45) for s in summer])
    for i, v in enumerate(FARM_VILLAGES):
        assert corn[i] <= summer[i]
        for year in YEARS:
            if year == 2023:
                w, r, s, c = wheat[i], rape[i], summer[i], corn[i]
            else:
                w = scale(rng, wheat[i], 0.9, 1.05)
                r = scale(rng, rape[i], 0.88, 1.05)
                s = scale(rng, summer[i], 0.9, 1.04)
                c = min(s, scale(rng, corn[i], 0.9, 1.04))
            s2 = s * rng.randint(860, 930) // 1000      # sown by the end of June
            c2 = min(s2, c * rng.randint(880, 950) // 1000)
            put_quarters("winter_wheat_area", v, year, [w] * 4, 10)
            put_quarters("rapeseed_area", v, year, [r] * 4, 10)
            put_quarters("summer_sowing_area", v, year, [None, s2, s, s], 10)
            put_quarters("corn_area", v, year, [None, c2, c, c], 10)

    # subsidies: households and amount (tenths of 万元), paid in Q2 and Q3 (running totals)
    hh = split_int(int(seed_value("subsidy_households")), [land[v] * rng.randint(90, 110) for v in FARM_VILLAGES])
    hh_inc = matrix(rng, hh, [0, 810, 541, 0])
    money = split_int(int(F(seed_value("farm_subsidy")) * 10), hh)
    money_inc = matrix(rng, money, [0, 131, 88, 0], 0.05)
    for v, hi, mi in zip(FARM_VILLAGES, hh_inc, money_inc):
        put_quarters("subsidy_households", v, 2023, cumsum(hi))
        put_quarters("farm_subsidy", v, 2023, cumsum(mi), 10)
        put_quarters("subsidy_households", v, 2022, cumsum([scale(rng, x, 0.9, 1.02) for x in hi]))
        put_quarters("farm_subsidy", v, 2022, cumsum([scale(rng, x, 0.88, 1.0) for x in mi]), 10)

    # ---- a few comments
    comment("winter_wheat_area", FARM_VILLAGES[0], 2023, 1, "上年秋播面积，收获前后不变")
    comment("summer_sowing_area", FARM_VILLAGES[2], 2023, 2, "截至6月30日夏播进度")
    comment("subsidy_success_rate", COUNTY, 2023, 2, "部分农户银行账户信息有误，更正后已补发")
    comment("sampling_pass_rate", COUNTY, 2022, 1, "1批次不合格，已依法处置")
    comment("southern_villages", COUNTY, 2023, 4, "剩余村庄纳入下一年度美丽乡村建设计划")
    comment("kitchen_jobs", COUNTY, 2023, 4, "中央厨房项目二期投产，新增岗位")
    comment("electronic_screens", COUNTY, 2023, 1, "“中国水周”宣传周期间")
    comment("water_cases_received", COUNTY, 2023, 4, "均已办理完毕")
    comment("secretaries_filed", sorted(late_filing)[0], 2023, 1, "新任村书记备案材料待补齐")
    comment("returning_entrepreneurs", "410104002001", 2023, 2, "含返乡创办农家乐、民宿经营户")
    comment("river_patrols_village", "410104003001", 2023, 3, "汛期加密巡河频次")
    comment("rapeseed_area", FARM_VILLAGES[3], 2023, 1, "油菜花海观光片区")
    comment("labour_transfer", "410104005004", 2023, 4, "中央厨房项目吸纳本村劳动力")


def build_targets():
    rows = []

    def add(ind, region, year, target, baseline=None, ms=None):
        row = dict(indicator=ind, region=region, year=year, target=fmt(F(target)),
                   baseline="" if baseline is None else fmt(F(baseline)),
                   m1="", m2="", m3="", m4="")
        if ms:
            for i, m in enumerate(ms, 1):
                row[f"m{i}"] = fmt(F(m))
        rows.append(row)

    for year, table in ((2022, TARGETS_2022), (2023, TARGETS_2023)):
        for ind, (t, b, ms) in table.items():
            add(ind, COUNTY, year, t, b, ms)
    rng = random.Random(2024)
    for (year, ind), targets in SUB_TARGETS.items():
        for s, t in zip(SUBS, targets):
            add(ind, s, year, t)
        if (year, ind) in VILLAGE_TARGETS:
            for s, t in zip(SUBS, targets):
                vs = VILLAGES_OF[s]
                for v, vt in zip(vs, split_int(t, [rng.randint(80, 120) for _ in vs])):
                    add(ind, v, year, vt)
    return rows


# --------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------
def fmt(x):
    """Exact decimal text of a Fraction: no exponent, no trailing zeros, integers without '.0'."""
    x = F(x)
    for places in range(7):
        if (x * 10 ** places).denominator == 1:
            break
    else:
        raise CheckError(f"{x} is not a decimal with at most 6 places")
    n = int(x * 10 ** places)
    if places == 0:
        return str(n)
    sign = "-" if n < 0 else ""
    digits = str(abs(n)).rjust(places + 1, "0")
    return f"{sign}{digits[:-places]}.{digits[-places:]}".rstrip("0").rstrip(".")


def write_csv(name, header, rows):
    with open(HERE / name, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        for r in rows:
            w.writerow([r[h] for h in header])


# The units in English (the catalogue's unit_en), as tables, axes and editors write them;
# counting words English has no use for (个) stay empty.
UNIT_EN = {
    "个": "", "次": "times", "名": "persons", "人": "persons", "户": "households", "%": "%",
    "处": "sites", "亩": "mu", "家": "entities", "起": "cases", "万元": "10k yuan",
    "批次": "batches", "份": "copies", "对": "pairs", "类": "kinds", "期": "sessions",
    "块": "pieces", "条": "items", "张": "sheets", "人次": "person-times",
    "台次": "machine-times", "眼": "wells",
    # left to the standard form ("10k m³"): ³ is not in GBK, the encoding Excel saves
    "万立方米": "",
}

REGION_HEADER = ["code", "name", "name_en", "level", "parent_code", "sort_order"]
CATEGORY_HEADER = ["code", "name", "name_en", "sort_order"]
INDICATOR_HEADER = ["code", "category", "name", "name_en", "unit", "unit_en", "decimals", "accumulation",
                    "aggregation", "numerator", "denominator", "ratio_scale", "target_mode", "kind",
                    "min", "max", "parent", "part_rule", "headline", "sort_order", "narrative_zh",
                    "narrative_en", "description"]
TARGET_HEADER = ["indicator", "region", "year", "target", "baseline", "m1", "m2", "m3", "m4"]
VALUE_HEADER = ["indicator", "region", "year", "quarter", "value", "comment"]


def write_all():
    write_csv("regions.csv", REGION_HEADER, REGIONS)
    write_csv("categories.csv", CATEGORY_HEADER,
              [dict(code=c, name=n, name_en=e, sort_order=i) for i, (c, n, e) in enumerate(CATEGORIES, 1)])
    indicators = build_indicators()
    write_csv("indicators.csv", INDICATOR_HEADER, indicators)
    write_csv("targets.csv", TARGET_HEADER, build_targets())
    region_order = {r["code"]: i for i, r in enumerate(REGIONS)}
    ind_order = {r["code"]: i for i, r in enumerate(indicators)}
    keys = sorted(VALUES, key=lambda k: (ind_order[k[0]], k[2], k[3], region_order[k[1]]))
    write_csv("values.csv", VALUE_HEADER,
              [dict(indicator=k[0], region=k[1], year=k[2], quarter=k[3], value=fmt(VALUES[k][0]),
                    comment=VALUES[k][1]) for k in keys])


# --------------------------------------------------------------------------------------
# Self-check: everything below works on the files as written, re-read from disk.
# --------------------------------------------------------------------------------------
def read_csv(name):
    with open(HERE / name, encoding="utf-8", newline="") as f:
        text = f.read()
    if text.startswith("\ufeff"):
        raise CheckError(f"{name}: has a byte-order mark")
    return list(csv.DictReader(io.StringIO(text)))


def parse_number(text, where):
    import re
    if not re.fullmatch(r"-?\d+(\.\d+)?", text):
        raise CheckError(f"{where}: '{text}' is not a plain decimal")
    if "." in text and text.endswith("0"):
        raise CheckError(f"{where}: '{text}' has trailing zeros")
    return F(text)


class Model:
    def __init__(self):
        self.regions = read_csv("regions.csv")
        self.categories = read_csv("categories.csv")
        self.indicators = {r["code"]: r for r in read_csv("indicators.csv")}
        self.indicator_rows = read_csv("indicators.csv")
        self.targets = read_csv("targets.csv")
        self.value_rows = read_csv("values.csv")
        self.children = {r["code"]: [c["code"] for c in self.regions if c["parent_code"] == r["code"]]
                         for r in self.regions}
        self.stored = {}
        for i, r in enumerate(self.value_rows, 2):
            key = (r["indicator"], r["region"], int(r["year"]), int(r["quarter"]))
            if key in self.stored:
                raise CheckError(f"values.csv line {i}: duplicate {key}")
            self.stored[key] = parse_number(r["value"], f"values.csv line {i}")
        self.parts = {}
        for code, ind in self.indicators.items():
            if ind["parent"]:
                self.parts.setdefault(ind["parent"], []).append(code)
        self._memo = {}

    def quarter_figure(self, ind, region, year, q):
        """The region's figure of one quarter: stored, else rolled up from its children."""
        key = (ind, region, year, q)
        if key in self._memo:
            return self._memo[key]
        meta = self.indicators[ind]
        if meta["aggregation"] == "ratio":
            num = self.quarter_figure(meta["numerator"], region, year, q)
            den = self.quarter_figure(meta["denominator"], region, year, q)
            result = None if num is None or not den else num / den * F(meta["ratio_scale"])
        elif key in self.stored:
            result = self.stored[key]
        else:
            kids = [self.quarter_figure(ind, c, year, q) for c in self.children[region]]
            kids = [k for k in kids if k is not None]
            result = self.aggregate(meta["aggregation"], kids)
        self._memo[key] = result
        return result

    @staticmethod
    def aggregate(agg, xs):
        if not xs:
            return None
        if agg == "sum":
            return sum(xs, F(0))
        if agg == "min":
            return min(xs)
        if agg == "max":
            return max(xs)
        if agg == "mean":
            return sum(xs, F(0)) / len(xs)
        raise CheckError(f"unknown aggregation {agg}")

    def ytd(self, ind, region, year, q):
        """Year-to-date figure at quarter q (the year's figure at q = 4)."""
        meta = self.indicators[ind]
        if meta["aggregation"] == "ratio":
            num = self.ytd(meta["numerator"], region, year, q)
            den = self.ytd(meta["denominator"], region, year, q)
            return None if num is None or not den else num / den * F(meta["ratio_scale"])
        figs = [self.quarter_figure(ind, region, year, k) for k in range(1, q + 1)]
        present = [f for f in figs if f is not None]
        if not present:
            return None
        return sum(present, F(0)) if meta["accumulation"] == "flow" else present[-1]

    def target(self, ind, region, year):
        for t in self.targets:
            if (t["indicator"], t["region"], int(t["year"])) == (ind, region, year):
                return t
        return None

    def completion(self, ind, region, year, q):
        t = self.target(ind, region, year)
        actual = self.ytd(ind, region, year, q)
        if t is None or actual is None:
            return None
        mode = self.indicators[ind]["target_mode"]
        target = F(t["target"])
        if mode == "at_least":
            return None if target <= 0 else actual / target * 100
        if mode == "at_most":
            return F(100) if actual <= target else target / actual * 100
        base = F(t["baseline"])
        return (base - actual) / (base - target) * 100

    def status(self, ind, region, year, q, band=10):
        c = self.completion(ind, region, year, q)
        if c is None:
            return "untracked", None, None
        t = self.target(ind, region, year)
        ms = t[f"m{q}"]
        tp = F(ms) if ms else F(25 * q)
        c2 = round2(c)
        if c2 >= 100:
            s = "done"
        elif c2 >= tp:
            s = "on_track"
        elif c2 >= tp - band:
            s = "lagging"
        else:
            s = "behind"
        return s, c2, tp


def round2(x):
    """Half away from zero to two decimals, as a Fraction."""
    y = abs(x) * 100
    n = int(y + F(1, 2))
    return F(n if x >= 0 else -n, 100)


def check(m):
    errors = []

    def fail(msg):
        errors.append(msg)

    region_codes = [r["code"] for r in m.regions]
    levels = {r["code"]: int(r["level"]) for r in m.regions}
    # -- regions
    if len(set(region_codes)) != len(region_codes):
        fail("regions.csv: duplicate codes")
    for r in m.regions:
        lvl, p = int(r["level"]), r["parent_code"]
        if lvl == 1 and p:
            fail(f"region {r['code']}: county with a parent")
        if lvl > 1 and (p not in levels or levels[p] != lvl - 1 or not r["code"].startswith(p)
                        or len(r["code"]) != len(p) + 3):
            fail(f"region {r['code']}: bad parent {p}")
    counts = [sum(1 for r in m.regions if int(r["level"]) == k) for k in (1, 2, 3)]
    if counts != [1, 5, 20]:
        fail(f"regions: {counts} regions per level, want 1/5/20")
    if len(m.categories) != 6:
        fail("categories.csv: want 6 rows")

    # -- catalogue
    cats = {c["code"] for c in m.categories}
    seen = set()
    for ind in m.indicator_rows:
        code = ind["code"]
        for ref in ("parent", "numerator", "denominator"):
            if ind[ref] and ind[ref] not in seen:
                fail(f"indicator {code}: {ref} {ind[ref]} must come earlier in the file")
        seen.add(code)
        if ind["category"] not in cats:
            fail(f"indicator {code}: unknown category")
        if bool(ind["parent"]) != bool(ind["part_rule"]):
            fail(f"indicator {code}: parent and part_rule go together")
        if (ind["aggregation"] == "ratio") != bool(ind["numerator"] and ind["denominator"]):
            fail(f"indicator {code}: ratio needs numerator and denominator")
        if ind["unit"] == "%" and ind["max"] != "100":
            fail(f"indicator {code}: percentage without max 100")
        if int(ind["decimals"]) != decimals_for(ind["unit"]):
            fail(f"indicator {code}: decimals")
        if not (ILLUSTRATIVE in ind["description"] or ILLUSTRATIVE_TARGET in ind["description"]
                or DERIVED in ind["description"]):
            fail(f"indicator {code}: description lacks the illustrative note")
    for s in SEED:
        ind = m.indicators.get(s["key"])
        if ind is None:
            fail(f"seed indicator {s['key']} missing")
            continue
        if (ind["name"], ind["name_en"], ind["unit"], ind["category"]) != (
                s["indicator_zh"], s["indicator_en"], s["unit"], s["section"]):
            fail(f"indicator {s['key']}: name/unit/category differ from the seed")
        if s["part_of"] and ind["parent"] != s["part_of"]:
            fail(f"indicator {s['key']}: parent should be {s['part_of']}")
    if len(m.indicators) != len(SEED) + len(EXTRAS):
        fail("indicators.csv: wrong row count")
    ratios = [c for c, i in m.indicators.items() if i["aggregation"] == "ratio"]
    if sorted(ratios) != sorted(RATIOS):
        fail(f"ratio indicators: {ratios}")

    # -- values: shape
    for (ind, region, year, q), v in m.stored.items():
        meta = m.indicators.get(ind)
        if meta is None or region not in levels or year not in YEARS or q not in QUARTERS:
            fail(f"value {ind}/{region}/{year}/Q{q}: unknown key")
            continue
        if meta["aggregation"] == "ratio":
            fail(f"value {ind}/{region}: ratio indicators are computed, not stored")
        if v < 0:
            fail(f"value {ind}/{region}/{year}/Q{q}: negative")
        if (v * 10 ** int(meta["decimals"])).denominator != 1:
            fail(f"value {ind}/{region}/{year}/Q{q}: {fmt(v)} has more than {meta['decimals']} decimals")
        # never on a parent whose children have a value for the same key
        for c in m.children[region]:
            if m.quarter_figure(ind, c, year, q) is not None:
                fail(f"value {ind}/{region}/{year}/Q{q}: stored on a parent whose children have figures")
                break

    # -- HARD RULE: the 2023 county figure of every seed indicator equals the seed
    for s in SEED:
        got = m.ytd(s["key"], COUNTY, 2023, 4)
        if got != F(s["value"]):
            fail(f"HARD RULE: {s['key']} 2023 county = {None if got is None else fmt(got)}, "
                 f"seed says {s['value']}")
        t = s["target"]
        if t:
            tt = m.target(s["key"], COUNTY, 2023)
            if tt is None or F(tt["target"]) != F(t):
                fail(f"{s['key']}: 2023 target should be {t}")
            elif round2(m.completion(s["key"], COUNTY, 2023, 4)) != F(s["stated_rate"]):
                fail(f"{s['key']}: completion differs from the stated {s['stated_rate']} %")

    # -- every figure at every level, quarter and year-to-date
    for ind, meta in m.indicators.items():
        for region in region_codes:
            for year in YEARS:
                for q in QUARTERS:
                    for kind, fig in (("Q", m.quarter_figure(ind, region, year, q)),
                                      ("YTD", m.ytd(ind, region, year, q))):
                        if fig is None:
                            continue
                        where = f"{ind}/{region}/{year}/{kind}{q}"
                        if fig < 0:
                            fail(f"{where}: negative")
                        if meta["unit"] == "%" and fig > 100:
                            fail(f"{where}: percentage {float(fig):.4f} above 100")
                        if meta["aggregation"] == "ratio":
                            num = (m.quarter_figure if kind == "Q" else m.ytd)(meta["numerator"], region, year, q)
                            den = (m.quarter_figure if kind == "Q" else m.ytd)(meta["denominator"], region, year, q)
                            if num > den:
                                fail(f"{where}: numerator above denominator")

    # -- parts vs totals at every region, year, quarter (quarter figure and year-to-date)
    for total, parts in m.parts.items():
        rules = {m.indicators[p]["part_rule"] for p in parts}
        if len(rules) != 1:
            fail(f"{total}: parts with different rules")
            continue
        rule = rules.pop()
        for region in region_codes:
            for year in YEARS:
                for q in QUARTERS:
                    for kind, fn in (("Q", m.quarter_figure), ("YTD", m.ytd)):
                        tv = fn(total, region, year, q)
                        pv = [fn(p, region, year, q) for p in parts]
                        where = f"{total}/{region}/{year}/{kind}{q}"
                        if tv is None:
                            if any(p is not None for p in pv) and rule == "part_not_above_total":
                                fail(f"{where}: a part without its total")
                            continue
                        if rule == "parts_sum_to_total":
                            if any(p is None for p in pv):
                                if any(p is not None for p in pv):
                                    fail(f"{where}: only some parts have figures")
                                continue
                            if sum(pv, F(0)) != tv:
                                fail(f"{where}: parts {[fmt(p) for p in pv]} do not sum to {fmt(tv)}")
                        else:
                            for p, x in zip(parts, pv):
                                if x is not None and x > tv:
                                    fail(f"{where}: {p} {fmt(x)} above total {fmt(tv)}")

    # -- cumulative figures never fall within a year
    for ind, meta in m.indicators.items():
        if meta["accumulation"] != "cumulative" or meta["aggregation"] == "ratio":
            continue
        for region in region_codes:
            for year in YEARS:
                prev = None
                for q in QUARTERS:
                    f = m.quarter_figure(ind, region, year, q)
                    if f is not None and prev is not None and f < prev:
                        fail(f"{ind}/{region}/{year}/Q{q}: running total falls")
                    prev = f if f is not None else prev

    # -- outliers between the years: same region and quarter
    SMALL = 5
    for ind, meta in m.indicators.items():
        for region in region_codes:
            for q in QUARTERS:
                a = m.quarter_figure(ind, region, 2022, q)
                b = m.quarter_figure(ind, region, 2023, q)
                where = f"{ind}/{region}/Q{q}"
                if (a is None) != (b is None):
                    fail(f"{where}: a figure in one year only")
                    continue
                if a is None:
                    continue
                lo, hi = min(a, b), max(a, b)
                if hi <= SMALL:
                    continue
                if lo == 0 or hi > 3 * lo:
                    fail(f"OUTLIER {where}: 2022 {fmt(a)} vs 2023 {fmt(b)}")
        # the county's year: 2022 within 80-120 % of 2023 (unless both small)
        a, b = m.ytd(ind, COUNTY, 2022, 4), m.ytd(ind, COUNTY, 2023, 4)
        if a is not None and b is not None and max(a, b) > SMALL and not (F(8, 10) * b <= a <= F(12, 10) * b):
            fail(f"{ind}: 2022 county {float(a):g} not within 80-120 % of 2023 {float(b):g}")

    # -- row counts per indicator, year, quarter and level
    expected_rows = {}
    village_full = ["returning_entrepreneurs", "labour_transfer", "six_problems_fixed", "supervised_problems",
                    "self_check_problems", "problems_found", "problems_rectified", "river_patrols_village",
                    "party_members_linked", "secretaries_trained", "secretaries_filed", "five_star_branches",
                    "four_star_branches", "three_star_branches", "two_star_branches", "branches_rated",
                    "strong_collective_villages", "star_households_claimed", "rural_households",
                    "tap_water_files", "private_well_files"]
    farm = ["winter_wheat_area", "rapeseed_area", "summer_sowing_area", "corn_area", "subsidy_households",
            "farm_subsidy"]
    for ind in m.indicators:
        if ind in RATIOS:
            shape = (0, 0, 0)
        elif ind in village_full:
            shape = (0, 0, 20)
        elif ind in farm:
            shape = (0, 0, 5)
        elif ind == "river_patrols_street":
            shape = (0, 5, 0)
        else:
            shape = (1, 0, 0)
        expected_rows[ind] = shape
    got_rows = {}
    for (ind, region, year, q) in m.stored:
        got_rows.setdefault((ind, year, q), [0, 0, 0])[levels[region] - 1] += 1
    for ind, shape in expected_rows.items():
        for year in YEARS:
            for q in QUARTERS:
                got = tuple(got_rows.get((ind, year, q), [0, 0, 0]))
                seasonal = ind in ("summer_sowing_area", "corn_area") or (ind == "subsidy_success_rate")
                if got != shape and not (seasonal and q == 1 and got == (0, 0, 0)):
                    fail(f"{ind} {year} Q{q}: rows per level {got}, want {shape}")

    # -- targets
    tkeys = set()
    for t in m.targets:
        key = (t["indicator"], t["region"], int(t["year"]))
        if key in tkeys:
            fail(f"targets.csv: duplicate {key}")
        tkeys.add(key)
        if t["indicator"] not in m.indicators or t["region"] not in levels:
            fail(f"targets.csv: unknown {key}")
        if (m.indicators[t["indicator"]]["target_mode"] == "reduce") != bool(t["baseline"]):
            fail(f"targets.csv {key}: baseline only (and always) for reduce")
        parse_number(t["target"], f"target {key}")
    for t in m.targets:
        region, year, ind = t["region"], int(t["year"]), t["indicator"]
        kids = [m.target(ind, c, year) for c in m.children[region]]
        if any(kids):
            if not all(kids):
                fail(f"targets {ind}/{region}/{year}: only some children have targets")
            elif sum(F(k["target"]) for k in kids) != F(t["target"]):
                fail(f"targets {ind}/{region}/{year}: children's targets do not sum to {t['target']}")
    # reduce: the seed's southern villages 10 -> 4, actual 7 -> 50 %
    if m.completion("southern_villages", COUNTY, 2023, 4) != 50:
        fail("southern_villages: completion should be 50 %")

    # -- statuses are varied
    q4 = {ind: m.status(ind, COUNTY, 2023, 4)[0] for ind in m.indicators}
    for s in ("done", "lagging", "behind", "untracked"):
        if s not in q4.values():
            fail(f"2023 Q4: no indicator is {s}")
    q2 = {ind: m.status(ind, COUNTY, 2023, 2)[0] for ind, meta in m.indicators.items()
          if meta["accumulation"] == "flow" and m.target(ind, COUNTY, 2023)}
    if "on_track" not in q2.values() or not {"lagging", "behind"} <= set(q2.values()):
        fail(f"2023 Q2: flow statuses not varied: {q2}")
    for ind in ("returning_entrepreneurs", "labour_transfer"):
        r3, r4 = ranking(m, ind, 2023, 3), ranking(m, ind, 2023, 4)
        if [c for c, _ in r3] == [c for c, _ in r4]:
            fail(f"{ind}: the sub-district ranking does not change between Q3 and Q4")
        c4 = [c for _, c in r4]
        if not (max(c4) >= 100 > min(c4)):
            fail(f"{ind}: sub-district completions should straddle 100 %")
    return errors


def ranking(m, ind, year, q):
    rows = [(s, round2(m.completion(ind, s, year, q))) for s in SUBS if m.completion(ind, s, year, q) is not None]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def report(m):
    names = {r["code"]: r["name"] for r in m.regions}
    for year, q in ((2023, 4), (2023, 2)):
        print(f"\n== County statuses {year} Q{q} ==")
        by = {}
        for ind in m.indicators:
            s, c, tp = m.status(ind, COUNTY, year, q)
            by.setdefault(s, []).append((ind, c, tp))
        for s in ("done", "on_track", "lagging", "behind", "untracked"):
            items = by.get(s, [])
            print(f"  {s} ({len(items)}):")
            for ind, c, tp in items:
                if s == "untracked":
                    continue
                act = m.ytd(ind, COUNTY, year, q)
                t = m.target(ind, COUNTY, year)
                print(f"    {ind}: actual {float(act):g} target {t['target']} -> {float(c):.2f} % "
                      f"(T {fmt(tp)})")
            if s == "untracked":
                print("    " + ", ".join(i for i, _, _ in items))
    for ind in ("returning_entrepreneurs", "labour_transfer", "six_problems_fixed", "river_patrols_village",
                "tap_water_files", "private_well_files"):
        for q in (3, 4):
            r = ranking(m, ind, 2023, q)
            print(f"  ranking {ind} 2023 Q{q}: " +
                  ", ".join(f"{names[s]} {float(c):.2f}" for s, c in r))


def main():
    if SEED_FILE.exists():
        with open(SEED_FILE, encoding="utf-8", newline="") as f:
            on_disk = list(csv.DictReader(f))
        if on_disk != SEED:
            print(f"ERROR: the embedded seed differs from {SEED_FILE}", file=sys.stderr)
            return 1
    build_values()
    write_all()
    try:
        model = Model()
        errors = check(model)
    except CheckError as e:
        errors = [str(e)]
    if errors:
        print("SELF-CHECK FAILED:", file=sys.stderr)
        for e in errors[:50]:
            print("  " + e, file=sys.stderr)
        if len(errors) > 50:
            print(f"  ... and {len(errors) - 50} more", file=sys.stderr)
        return 1
    print(f"regions.csv     {len(model.regions)} rows")
    print(f"categories.csv  {len(model.categories)} rows")
    print(f"indicators.csv  {len(model.indicators)} rows")
    print(f"targets.csv     {len(model.targets)} rows")
    print(f"values.csv      {len(model.value_rows)} rows")
    print("self-check passed")
    if "--report" in sys.argv:
        report(model)
    return 0


if __name__ == "__main__":
    sys.exit(main())
